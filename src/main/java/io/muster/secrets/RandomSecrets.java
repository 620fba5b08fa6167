package io.muster.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets that are handed out once and then only recognised (mailed links, API tokens): 256
 * random bits, URL-safe, kept in the database only as their SHA-256, so a dump opens nothing.
 *
 * <p>A fast hash is enough: unlike a password, a random 256-bit secret cannot be guessed from a
 * list, so the slowness of a password hash would buy nothing.
 */
public final class RandomSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomSecrets() {
	}

	/** 43 characters of URL-safe Base64 (A–Z, a–z, 0–9, "-" and "_"). */
	public static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The SHA-256 of a secret, as 64 lower-case hex digits. */
	public static String sha256(String secret) {
		return sha256(secret.getBytes(StandardCharsets.UTF_8));
	}

	/** The SHA-256 of these bytes, as 64 lower-case hex digits: of a secret, or of a file to recognise. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
