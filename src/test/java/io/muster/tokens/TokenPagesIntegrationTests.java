package io.muster.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.muster.support.Api;
import io.muster.support.WebSession;

/**
 * My account › API tokens as a person uses it: make a token, copy it from the one page that shows
 * it, see it listed with its last use, revoke it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class TokenPagesIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("id=\"issued-secret\"[^>]*value=\"(mst_[\\w-]{43})\"");

	@LocalServerPort
	int port;

	@Test
	void aTokenIsShownOnceListedAndRevokedFromMyAccount() {
		WebSession session = new WebSession(port).signIn(Api.USER, Api.DEMO_PASSWORD);
		HttpResponse<String> account = session.get("/account");
		assertThat(account.body()).contains("href=\"/account/tokens\"");

		HttpResponse<String> page = session.get("/account/tokens");
		HttpResponse<String> made = session.submit(page, "/account/tokens",
				Map.of("name", List.of("Gradebook export"), "days", List.of("90")));
		assertThat(made.statusCode()).isEqualTo(200);
		Matcher secret = SECRET.matcher(made.body());
		assertThat(secret.find()).as("the new token is on the page").isTrue();
		bearer(secret.group(1)).get().uri("/api/v1/me").exchange().expectStatus().isOk();

		HttpResponse<String> listed = session.get("/account/tokens");
		assertThat(listed.body()).contains("Gradebook export", "Active").doesNotContain(secret.group(1));

		HttpResponse<String> revoked = session.follow(session.submit(listed, "/revoke", Map.of()));
		assertThat(revoked.body()).contains("The token was revoked", "Revoked");
		bearer(secret.group(1)).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void aMistakeIsShownNextToTheNameAndKeepsWhatWasChosen() {
		WebSession session = new WebSession(port).signIn(Api.USER, Api.DEMO_PASSWORD);
		HttpResponse<String> page = session.get("/account/tokens");
		HttpResponse<String> refused = session.submit(page, "/account/tokens",
				Map.of("name", List.of("x".repeat(120)), "days", List.of("365")));
		assertThat(refused.body()).contains("aria-describedby=\"token-error\"", "at most 100 characters",
				"value=\"" + "x".repeat(120) + "\"", "<option value=\"365\" selected=\"selected\"")
			.doesNotContain("issued-secret");
	}

	private RestTestClient bearer(String secret) {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret).build();
	}

}
