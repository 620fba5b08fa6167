package io.muster.importing;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.muster.secrets.SecretCipher;

/**
 * Encrypts what an import stages until it ends (the uploaded file, typed-in passwords), so that
 * no password rests in plain text in the database. The key is {@code muster.import.staging-key}.
 */
@Component
class StagingCipher {

	private final SecretCipher cipher;

	StagingCipher(Environment environment) {
		this.cipher = SecretCipher.fromProperty("muster.import.staging-key", environment, "staging.key");
	}

	byte[] encrypt(byte[] plain) {
		return cipher.encrypt(plain);
	}

	byte[] decrypt(byte[] sealed) {
		return cipher.decrypt(sealed);
	}

}
