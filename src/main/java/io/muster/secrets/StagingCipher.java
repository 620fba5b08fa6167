package io.muster.secrets;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts what an import stages until it ends (the uploaded file, typed-in passwords) and the
 * passwords it makes until their sign-in cards are printed, so that no password rests in plain text
 * in the database. The key is {@code muster.import.staging-key}, read once for all who use it.
 */
@Component
public class StagingCipher {

	private final SecretCipher cipher;

	StagingCipher(Environment environment) {
		this.cipher = SecretCipher.fromProperty("muster.import.staging-key", environment, "staging.key");
	}

	public byte[] encrypt(byte[] plain) {
		return cipher.encrypt(plain);
	}

	public byte[] decrypt(byte[] sealed) {
		return cipher.decrypt(sealed);
	}

}
