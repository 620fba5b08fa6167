package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.muster.support.Api;
import io.muster.support.WebSession;

/**
 * Every way of signing in notes when the person last did, which undoing an import reads; a
 * refused password notes nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class SignInNotesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLoginPageNotesASignIn() {
		forget(Api.ADMIN);
		WebSession refused = new WebSession(port);
		refused.submit(refused.get("/login"), "/login",
				Map.of("email", List.of(Api.ADMIN), "password", List.of("Wrong-Password-2026")));
		assertThat(lastSignIn(Api.ADMIN)).as("a refused password").isNull();

		new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD);

		assertThat(lastSignIn(Api.ADMIN)).isNotNull();
	}

	@Test
	void httpBasicNotesASignIn() {
		forget(Api.SYSADMIN);

		Api.as(port, Api.SYSADMIN).get().uri("/api/v1/me").exchange().expectStatus().isOk();

		assertThat(lastSignIn(Api.SYSADMIN)).isNotNull();
	}

	@Test
	void signInWithGoogleNotesASignIn() {
		forget(Api.USER);

		new WebSession(port).signInWithGoogle(Api.USER);

		assertThat(lastSignIn(Api.USER)).isNotNull();
	}

	private void forget(String email) {
		jdbc.sql("UPDATE users SET last_signed_in_at = NULL WHERE email_key = :email").param("email", email).update();
	}

	private OffsetDateTime lastSignIn(String email) {
		return jdbc.sql("SELECT last_signed_in_at FROM users WHERE email_key = :email").param("email", email)
			.query(OffsetDateTime.class).optional().orElse(null);
	}

}
