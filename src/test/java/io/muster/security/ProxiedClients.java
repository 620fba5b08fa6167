package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.organization.OrganizationService;

/**
 * API calls as a proxy in front of Muster would pass them on, with the address it says the client
 * has; through a client that never retries by itself when told to wait.
 */
final class ProxiedClients {

	static final String PASSWORD = "Proxy-Pass-For-Pia-2026";

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI me;

	ProxiedClients(int port) {
		this.me = URI.create("http://127.0.0.1:" + port + "/api/v1/me");
	}

	/** The status of a call to /api/v1/me with this X-Forwarded-For. */
	int call(String email, String password, String forwardedFor) {
		String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(me).header("Authorization", "Basic " + basic)
			.header("X-Forwarded-For", forwardedFor).GET().build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Fails sign-ins until an address must wait, each time as another account and with the
	 * X-Forwarded-For of that try.
	 */
	void failEnoughToSlowDownAnAddress(IntFunction<String> forwardedFor) {
		for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
			assertThat(call("nobody-" + UUID.randomUUID() + "@proxy.test", "guess", forwardedFor.apply(i))).isEqualTo(401);
		}
	}

	static String newUser(OrganizationService organizations, DirectoryService directory) {
		long organization = organizations.create("Proxy School " + UUID.randomUUID(), false).id();
		long group = directory.createGroup(organization, "Proxy class").id();
		String email = "pia-" + UUID.randomUUID() + "@proxy.test";
		directory.createUser(new NewUser(organization, PersonName.full("Pia Proxy"), email, Role.USER, group, Set.of(),
				PASSWORD));
		return email;
	}

}
