package io.muster.classroom;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * What Muster asks of Google's OAuth endpoints once it holds a token: who the token belongs to,
 * a fresh access token, and revoking the grant.
 */
@Component
class GoogleTokens {

	private final GoogleEndpoints google;

	private final GoogleRegistrations registrations;

	private final RestClient rest;

	private final RestClientRefreshTokenTokenResponseClient refresher = new RestClientRefreshTokenTokenResponseClient();

	GoogleTokens(GoogleEndpoints google, GoogleRegistrations registrations) {
		this.google = google;
		this.registrations = registrations;
		this.rest = google.restClient();
		this.refresher.setRestClient(google.tokenEndpointClient());
	}

	/**
	 * The Google account behind an access token, as its user info endpoint tells it.
	 */
	GoogleAccount account(String accessToken) {
		Map<?, ?> info = rest.get()
			.uri(google.userInfoUri())
			.headers(headers -> headers.setBearerAuth(accessToken))
			.retrieve()
			.body(Map.class);
		Object email = info == null ? null : info.get("email");
		Object verified = info == null ? null : info.get("email_verified");
		return new GoogleAccount(email == null ? "" : email.toString(),
				Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified)));
	}

	/**
	 * A new access token for a connection; Google answers {@code invalid_grant} when the grant
	 * was revoked or has expired, which the caller turns into "authorize again".
	 */
	GoogleConnection refresh(GoogleConnection connection) {
		if (connection.refreshToken() == null) {
			throw ClassroomProblem.authorizationLost();
		}
		OAuth2AccessToken current = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
				connection.accessToken(), connection.connectedAt(), connection.accessExpiresAt(), connection.scopes());
		try {
			OAuth2AccessTokenResponse response = refresher.getTokenResponse(new OAuth2RefreshTokenGrantRequest(
					registrations.classroom(), current, new OAuth2RefreshToken(connection.refreshToken(), null)));
			OAuth2AccessToken fresh = response.getAccessToken();
			OAuth2RefreshToken rotated = response.getRefreshToken();
			return connection.refreshed(fresh.getTokenValue(), expiry(fresh),
					rotated == null ? null : rotated.getTokenValue());
		}
		catch (OAuth2AuthorizationException ex) {
			if ("invalid_grant".equals(ex.getError().getErrorCode())) {
				throw ClassroomProblem.authorizationLost();
			}
			throw ClassroomProblem.unavailable("noFreshToken", ex.getError().getErrorCode());
		}
	}

	/**
	 * Revokes a grant at Google. A token Google no longer knows counts as revoked; a Google that
	 * cannot be reached is reported, so that the caller can say the grant may still be listed
	 * in the Google account.
	 */
	boolean revoke(@Nullable String token) {
		if (token == null) {
			return true;
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("token", token);
		try {
			return Boolean.TRUE.equals(rest.post()
				.uri(google.revokeUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
						|| response.getStatusCode().value() == 400));
		}
		catch (RestClientException ex) {
			return false;
		}
	}

	static Instant expiry(OAuth2AccessToken token) {
		return token.getExpiresAt() == null ? Instant.now().plusSeconds(3600) : token.getExpiresAt();
	}

	/**
	 * A Google account's email address and whether Google has verified it.
	 */
	record GoogleAccount(String email, boolean verified) {
	}

}
