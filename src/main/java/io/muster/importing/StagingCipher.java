package io.muster.importing;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts what an import stages until it ends (the uploaded file, typed-in passwords), so that
 * no password rests in plain text in the database.
 *
 * <p>AES-256-GCM with a random nonce per value. The key comes from
 * {@code muster.import.staging-key} (32 bytes, Base64); outside production, when it is not set,
 * a key is generated once and kept in {@code ./data/staging.key} beside the embedded database.
 */
@Component
class StagingCipher {

	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	StagingCipher(@Value("${muster.import.staging-key:}") String configuredKey, Environment environment) {
		this.key = new SecretKeySpec(keyBytes(configuredKey, environment), "AES");
	}

	byte[] encrypt(byte[] plain) {
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

	byte[] decrypt(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
			return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Staged data cannot be decrypted; was muster.import.staging-key changed?",
					ex);
		}
	}

	private static byte[] keyBytes(@Nullable String configured, Environment environment) {
		if (configured != null && !configured.isBlank()) {
			byte[] key = Base64.getDecoder().decode(configured.strip());
			if (key.length != 32) {
				throw new IllegalStateException("muster.import.staging-key must be 32 bytes, Base64-encoded");
			}
			return key;
		}
		if (environment.matchesProfiles("prod")) {
			throw new IllegalStateException("Set muster.import.staging-key (32 random bytes, Base64) in production");
		}
		return localKey(Path.of("data", "staging.key"));
	}

	private static byte[] localKey(Path file) {
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
			throw new UncheckedIOException("Cannot keep the staging key in " + file.toAbsolutePath(), ex);
		}
	}

}
