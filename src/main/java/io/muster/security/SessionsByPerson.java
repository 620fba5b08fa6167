package io.muster.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;

import io.muster.directory.SignedInUser;

/**
 * Indexes each session by the id of the person signed in with it, not by their email address:
 * an address can change while the session lives, an id cannot.
 */
@Configuration(proxyBeanMethods = false)
class SessionsByPerson {

	static String key(long userId) {
		return "user:" + userId;
	}

	@Bean
	IndexResolver<Session> sessionsByPersonIndex() {
		return SessionsByPerson::indexes;
	}

	private static Map<String, String> indexes(Session session) {
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		if (context instanceof SecurityContext security && security.getAuthentication() != null
				&& security.getAuthentication().getPrincipal() instanceof SignedInUser person) {
			return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, key(person.id()));
		}
		return Map.of();
	}

}
