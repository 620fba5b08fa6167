package io.muster.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * Encrypts secrets that must rest in the database (staged uploads, Google tokens, mail bodies),
 * so that none is readable in a dump.
 *
 * <p>AES-256-GCM with a random nonce per value. Each use has a key property of its own (32 bytes,
 * Base64); outside production, when it is not set, a key is generated once and kept in a file
 * under {@code ./data} beside the embedded database.
 */
public final class SecretCipher {

	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec key;

	private final String property;

	private final SecureRandom random = new SecureRandom();

	private SecretCipher(byte[] key, String property) {
		this.key = new SecretKeySpec(key, "AES");
		this.property = property;
	}

	/**
	 * A cipher with the key of the given property; required in {@code prod}, elsewhere generated
	 * into {@code ./data/<localKeyFile>} when unset.
	 */
	public static SecretCipher fromProperty(String property, Environment environment, String localKeyFile) {
		String configured = environment.getProperty(property);
		return new SecretCipher(keyBytes(configured, property, environment, Path.of("data", localKeyFile)), property);
	}

	public byte[] encrypt(byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain);
			byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
			System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
	}

	public byte[] decrypt(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
			return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A stored secret cannot be decrypted; was " + property + " changed?", ex);
		}
	}

	private static byte[] keyBytes(@Nullable String configured, String property, Environment environment,
			Path localKey) {
		if (configured != null && !configured.isBlank()) {
			byte[] key = Base64.getDecoder().decode(configured.strip());
			if (key.length != 32) {
				throw new IllegalStateException(property + " must be 32 bytes, Base64-encoded");
			}
			return key;
		}
		if (environment.matchesProfiles("prod")) {
			throw new IllegalStateException("Set " + property + " (32 random bytes, Base64) in production");
		}
		return localKey(localKey);
	}

	private static synchronized byte[] localKey(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the key in " + file.toAbsolutePath(), ex);
		}
	}

}
