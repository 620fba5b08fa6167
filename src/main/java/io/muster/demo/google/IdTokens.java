package io.muster.demo.google;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs OpenID Connect id tokens with an RSA key made at startup, and publishes its public half.
 *
 * <p>Like Google's, a token names its key ({@code kid}) and carries the email claims only for the
 * {@code email} scope and the name claims only for {@code profile}.
 */
final class IdTokens {

	private static final Duration LIFETIME = Duration.ofHours(1);

	private final RSAKey key;

	IdTokens() {
		try {
			key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256).generate();
		}
		catch (JOSEException e) {
			throw new IllegalStateException("Cannot make the emulator's signing key", e);
		}
	}

	String sign(String issuer, IssuedToken access, @Nullable String nonce) {
		GoogleAccount account = access.account();
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(access.clientId())
			.subject(account.id()).claim("azp", access.clientId()).claim("at_hash", atHash(access.value()))
			.issueTime(Date.from(now)).expirationTime(Date.from(now.plus(LIFETIME)));
		if (access.scopes().contains(Scopes.EMAIL)) {
			claims.claim("email", account.email()).claim("email_verified", true);
		}
		if (access.scopes().contains(Scopes.PROFILE)) {
			claims.claim("name", account.fullName()).claim("given_name", account.givenName())
				.claim("family_name", account.familyName());
		}
		if (nonce != null) {
			claims.claim("nonce", nonce);
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
			.type(JOSEObjectType.JWT).build(), claims.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException e) {
			throw new IllegalStateException("Cannot sign an id token", e);
		}
		return jwt.serialize();
	}

	Map<String, Object> publicKeys() {
		return new JWKSet(key.toPublicJWK()).toJSONObject();
	}

	/** The left half of the access token's SHA-256, as OpenID Connect Core 3.1.3.6 defines it. */
	private static String atHash(String accessToken) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, hash.length / 2));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}

}
