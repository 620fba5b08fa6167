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
 * A node set up for production with no proxy listed: a client that names itself another address
 * in X-Forwarded-For on every try is still counted by the address it really calls from.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "muster.base-url=http://localhost", "muster.mail.outbox-key=" + TestDatabase.STAGING_KEY })
@ActiveProfiles("prod")
class UntrustedProxyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationService organizations;

	@Autowired
	DirectoryService directory;

	@Test
	void forwardedForFromAnUntrustedPeerIsIgnored() {
		ProxiedClients clients = new ProxiedClients(port);
		String email = ProxiedClients.newUser(organizations, directory);
		clients.failEnoughToSlowDownAnAddress(i -> "198.51.100." + i);

		assertThat(clients.call(email, ProxiedClients.PASSWORD, "203.0.113.99"))
			.as("the next sign-in from the same peer waits, whatever address it names").isEqualTo(429);
	}

}
