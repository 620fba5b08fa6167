package io.muster.classroom;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * Muster's two uses of Google as OAuth registrations: {@code google} signs a person in (OpenID
 * Connect), {@code classroom} lets an administrator grant read access to their classes. Both use
 * the authorization code flow with PKCE and state.
 */
@Component
class GoogleRegistrations implements ClientRegistrationRepository {

	static final String SIGN_IN = "google";

	static final String CLASSROOM = "classroom";

	static final String COURSES_SCOPE = "https://www.googleapis.com/auth/classroom.courses.readonly";

	static final String ROSTERS_SCOPE = "https://www.googleapis.com/auth/classroom.rosters.readonly";

	static final String EMAILS_SCOPE = "https://www.googleapis.com/auth/classroom.profile.emails";

	static final Set<String> IDENTITY_SCOPES = Set.of("openid", "email", "profile");

	static final Set<String> CLASSROOM_SCOPES = Set.of(COURSES_SCOPE, ROSTERS_SCOPE, EMAILS_SCOPE);

	private final GoogleEndpoints google;

	GoogleRegistrations(GoogleEndpoints google) {
		this.google = google;
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		return switch (registrationId) {
			case SIGN_IN -> registration(SIGN_IN, "{baseUrl}/login/oauth2/code/google").scope(IDENTITY_SCOPES).build();
			case CLASSROOM -> registration(CLASSROOM, "{baseUrl}/classroom/authorized")
				.scope(union(IDENTITY_SCOPES, CLASSROOM_SCOPES))
				.build();
			default -> null;
		};
	}

	/**
	 * The registration with Google's current endpoints; built on each use, so that it follows the
	 * configuration (see {@link GoogleEndpoints}).
	 */
	ClientRegistration classroom() {
		return Objects.requireNonNull(findByRegistrationId(CLASSROOM));
	}

	private ClientRegistration.Builder registration(String id, String redirectUri) {
		return ClientRegistration.withRegistrationId(id)
			.clientId(google.clientId())
			.clientSecret(google.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(redirectUri)
			.authorizationUri(google.authorizationUri())
			.tokenUri(google.tokenUri())
			.userInfoUri(google.userInfoUri())
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.jwkSetUri(google.jwkSetUri())
			.issuerUri(google.issuer())
			.clientName("Google")
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
	}

	private static Set<String> union(Set<String> first, Set<String> second) {
		Set<String> all = new LinkedHashSet<>(first);
		all.addAll(second);
		return all;
	}

}
