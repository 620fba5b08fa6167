package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.muster.TestDatabase;
import io.muster.directory.DirectoryService;
import io.muster.organization.OrganizationService;

/**
 * A node set up for production behind a listed proxy (here the test itself, on the loopback
 * address): the client address the proxy appended to X-Forwarded-For is counted, not one the
 * client wrote in front of it, and clients behind the proxy are counted apart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "muster.base-url=http://localhost", "muster.mail.outbox-key=" + TestDatabase.STAGING_KEY, "muster.security.trusted-proxies=127.0.0.1, ::1" })
@ActiveProfiles("prod")
class TrustedProxyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationService organizations;

	@Autowired
	DirectoryService directory;

	@Test
	void forwardedForFromATrustedProxyNamesTheClient() {
		ProxiedClients clients = new ProxiedClients(port);
		String email = ProxiedClients.newUser(organizations, directory);
		clients.failEnoughToSlowDownAnAddress(i -> "198.51.100.7, 203.0.113.7");

		assertThat(clients.call(email, ProxiedClients.PASSWORD, "203.0.113.7")).as("the guessing client waits")
			.isEqualTo(429);
		assertThat(clients.call(email, ProxiedClients.PASSWORD, "198.51.100.7"))
			.as("the address the guessing client invented was not counted").isEqualTo(200);
		assertThat(clients.call(email, ProxiedClients.PASSWORD, "203.0.113.8"))
			.as("another client behind the same proxy signs in").isEqualTo(200);
	}

}
