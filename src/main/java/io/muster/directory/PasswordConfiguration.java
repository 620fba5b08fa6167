package io.muster.directory;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed.
 *
 * <p>New hashes use Argon2id with OWASP's recommended minimum for it (19 MiB of memory, 2
 * iterations, 1 lane). The delegating encoder prefixes every hash with its algorithm, so hashes
 * made with BCrypt still verify and the parameters can be raised later without a migration. At
 * most two hashes per core are made at once (see {@link BoundedPasswordEncoder}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	static final String ARGON2 = "argon2";

	@Bean
	PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = Map.of(
				ARGON2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
				"bcrypt", new BCryptPasswordEncoder());
		return new BoundedPasswordEncoder(new DelegatingPasswordEncoder(ARGON2, encoders),
				2 * Runtime.getRuntime().availableProcessors());
	}

}
