package io.muster.classroom;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;

import io.muster.directory.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where Spring Security hands over the grant it obtained from Google after consent: a Classroom
 * grant is checked and kept (encrypted) or revoked, and the outcome waits in the session for the
 * page that reports it. Sign-in grants are not kept: a signed-in person needs no Google token.
 */
@Component
class ClassroomGrants implements OAuth2AuthorizedClientRepository {

	static final String OUTCOME = ClassroomGrants.class.getName() + ".outcome";

	private final ClassroomConnections connections;

	ClassroomGrants(ClassroomConnections connections) {
		this.connections = connections;
	}

	@Override
	public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String registrationId,
			Authentication principal, HttpServletRequest request) {
		return null;
	}

	@Override
	public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
			HttpServletRequest request, HttpServletResponse response) {
		if (GoogleRegistrations.CLASSROOM.equals(client.getClientRegistration().getRegistrationId())
				&& principal.getPrincipal() instanceof SignedInUser admin) {
			request.getSession().setAttribute(OUTCOME, connections.accept(admin, client));
		}
	}

	@Override
	public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
			HttpServletResponse response) {
	}

}
