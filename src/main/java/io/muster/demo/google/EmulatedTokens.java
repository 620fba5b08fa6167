package io.muster.demo.google;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The codes, tokens and grants the emulator handed out, kept in memory like the rest of it.
 *
 * <p>Errors follow Google: a bad, used, expired or revoked code or refresh token, and a PKCE
 * verifier that does not match, are all the same {@code invalid_grant}.
 */
final class EmulatedTokens {

	static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

	static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(3599);

	private final SecureRandom random = new SecureRandom();

	private final Clock clock = Clock.systemUTC();

	private final Map<String, IssuedCode> codes = new HashMap<>();

	private final Map<String, IssuedToken> accessTokens = new HashMap<>();

	private final Map<String, RefreshGrant> refreshTokens = new HashMap<>();

	private final Map<String, Set<String>> grants = new TreeMap<>();

	private final Set<String> revoked = new LinkedHashSet<>();

	synchronized IssuedCode issueCode(GoogleAccount account, AuthorizationRequest request, Set<String> chosen) {
		Set<String> scopes = new LinkedHashSet<>(chosen);
		if (request.includeGrantedScopes()) {
			scopes.addAll(grants.getOrDefault(grantKey(account, request.clientId()), Set.of()));
		}
		grants.merge(grantKey(account, request.clientId()), Set.copyOf(scopes), EmulatedTokens::union);
		IssuedCode code = new IssuedCode("4/0A" + secret(), account, request, Set.copyOf(scopes),
				clock.instant().plus(CODE_LIFETIME));
		codes.put(code.value(), code);
		return code;
	}

	synchronized Tokens exchange(String code, String clientId, String redirectUri, @Nullable String verifier) {
		IssuedCode issued = codes.remove(code);
		if (issued == null || issued.expiresAt().isBefore(clock.instant())
				|| !issued.request().clientId().equals(clientId)) {
			throw OAuthError.invalidGrant();
		}
		if (!issued.request().redirectUri().equals(redirectUri)) {
			throw new OAuthError(HttpStatus.BAD_REQUEST, "redirect_uri_mismatch",
					"Bad Request");
		}
		if (!Pkce.matches(issued.request(), verifier)) {
			throw OAuthError.invalidGrant();
		}
		RefreshGrant refresh = issued.request().offline() ? refreshGrant(issued) : null;
		return new Tokens(accessToken(issued.account(), clientId, issued.scopes(), refresh), refresh, issued);
	}

	synchronized Tokens refresh(String refreshToken, String clientId) {
		RefreshGrant grant = refreshTokens.get(refreshToken);
		if (grant == null || !grant.clientId().equals(clientId)) {
			throw OAuthError.invalidGrant();
		}
		return new Tokens(accessToken(grant.account(), clientId, grant.scopes(), grant), null, null);
	}

	/**
	 * Revokes a token like Google: a refresh token takes its access tokens and the account's
	 * grant with it, and so does an access token that came with a refresh token.
	 */
	synchronized boolean revoke(String token) {
		IssuedToken access = accessTokens.remove(token);
		if (access != null) {
			revoked.add(token);
			if (access.refreshToken() != null) {
				revoke(access.refreshToken());
			}
			return true;
		}
		RefreshGrant refresh = refreshTokens.remove(token);
		if (refresh == null) {
			return false;
		}
		revoked.add(token);
		grants.remove(grantKey(refresh.account(), refresh.clientId()));
		Set.copyOf(accessTokens.values()).stream().filter(issued -> token.equals(issued.refreshToken()))
			.forEach(issued -> revoke(issued.value()));
		return true;
	}

	synchronized Optional<IssuedToken> valid(String accessToken) {
		return Optional.ofNullable(accessTokens.get(accessToken))
			.filter(token -> token.expiresAt().isAfter(clock.instant()));
	}

	synchronized IssuedToken accessToken(GoogleAccount account, String clientId, Set<String> scopes,
			@Nullable RefreshGrant refresh) {
		IssuedToken token = new IssuedToken("ya29." + secret(), account, clientId, Set.copyOf(scopes),
				clock.instant().plus(ACCESS_TOKEN_LIFETIME), refresh == null ? null : refresh.value());
		accessTokens.put(token.value(), token);
		return token;
	}

	synchronized void expireAccessTokens() {
		accessTokens.replaceAll((value, token) -> token.expired(clock.instant()));
	}

	synchronized void revokeAll() {
		revoked.addAll(accessTokens.keySet());
		revoked.addAll(refreshTokens.keySet());
		accessTokens.clear();
		refreshTokens.clear();
		grants.clear();
	}

	synchronized Map<String, Set<String>> grants() {
		return Map.copyOf(grants);
	}

	synchronized Set<String> revokedTokens() {
		return Set.copyOf(revoked);
	}

	synchronized void reset() {
		codes.clear();
		accessTokens.clear();
		refreshTokens.clear();
		grants.clear();
		revoked.clear();
	}

	private RefreshGrant refreshGrant(IssuedCode code) {
		RefreshGrant grant = new RefreshGrant("1//0" + secret(), code.account(), code.request().clientId(),
				code.scopes());
		refreshTokens.put(grant.value(), grant);
		return grant;
	}

	/** Grants are per account and client; the key reads as the account's email for tests. */
	private static String grantKey(GoogleAccount account, String clientId) {
		return account.email() + " " + clientId;
	}

	private static Set<String> union(Set<String> first, Set<String> second) {
		Set<String> all = new LinkedHashSet<>(first);
		all.addAll(second);
		return Set.copyOf(all);
	}

	private String secret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Proof Key for Code Exchange (RFC 7636): the verifier must hash to the challenge of the
	 * request; a request without a challenge needs no verifier, as with Google.
	 */
	static final class Pkce {

		private Pkce() {
		}

		static boolean matches(AuthorizationRequest request, @Nullable String verifier) {
			String challenge = request.get("code_challenge");
			if (challenge == null) {
				return true;
			}
			if (verifier == null) {
				return false;
			}
			String method = request.get("code_challenge_method");
			String derived = "S256".equals(method) ? s256(verifier) : verifier;
			return MessageDigest.isEqual(derived.getBytes(StandardCharsets.US_ASCII),
					challenge.getBytes(StandardCharsets.US_ASCII));
		}

		static String s256(String verifier) {
			try {
				byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
				return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
			}
			catch (NoSuchAlgorithmException impossible) {
				throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
			}
		}

	}

}
