package io.muster.directory;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes when each person last signed in, whichever way: a password on the login page or by HTTP
 * Basic (both end in an {@link AuthenticationSuccessEvent}) and Sign in with Google (which calls
 * {@link #signedIn(long)}). An API token needs no note: only someone who signed in made it.
 *
 * <p>A sign-in is not a change of the account, so its version stays; undoing an import reads the
 * note to leave alone an account its owner has started to use.
 */
@Component
public class SignIns {

	private final JdbcClient jdbc;

	SignIns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser person) {
			signedIn(person.id());
		}
	}

	@Transactional
	public void signedIn(long userId) {
		jdbc.sql("UPDATE users SET last_signed_in_at = :now WHERE id = :id")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", userId)
			.update();
	}

}
