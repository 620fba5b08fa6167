package io.muster.demo.google;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The emulator's view of the {@code muster.google.*} properties: the one client it knows, its
 * issuer and endpoints.
 *
 * <p>Read at each request, never at startup: the URLs contain the server's port, which a test
 * server only gets once it has started.
 */
@Component
@Profile("demo")
class EmulatorSettings {

	private final Environment environment;

	EmulatorSettings(Environment environment) {
		this.environment = environment;
	}

	String issuer() {
		return environment.getRequiredProperty("muster.google.issuer");
	}

	String endpoint(String name) {
		return environment.getRequiredProperty("muster.google." + name);
	}

	boolean knowsClient(String clientId) {
		return clientId.equals(environment.getProperty("muster.google.client-id"));
	}

	boolean authenticates(String clientId, String secret) {
		return knowsClient(clientId) && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
				environment.getProperty("muster.google.client-secret", "").getBytes(StandardCharsets.UTF_8));
	}

	int pageSize() {
		return environment.getProperty("muster.google.emulator.page-size", Integer.class, 3);
	}

}
