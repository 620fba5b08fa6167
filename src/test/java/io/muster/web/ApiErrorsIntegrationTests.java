package io.muster.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.muster.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever goes wrong with an API call, over real HTTP, the answer is a problem document whose
 * detail says in words what to do, in the caller's language: also when no controller was chosen
 * (an unknown path, a method or media type the path does not take) or security refused first.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class ApiErrorsIntegrationTests {

	private static final String JSON = "application/json";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void everyErrorIsAProblemWithADetailInWords() {
		List<Case> cases = List.of(
				new Case("unknown path", "GET", "/api/v1/nothing-here", Api.ADMIN, null, null, 404,
						"There is nothing at this address"),
				new Case("body not multipart", "POST", "/api/v1/imports", Api.ADMIN, JSON, "{\"file\":\"x\"}", 415,
						"does not take a body of type application/json"),
				new Case("method not allowed", "DELETE", "/api/v1/me", Api.USER, null, null, 405,
						"does not take DELETE requests"),
				new Case("only CSV acceptable", "GET", "/api/v1/me", Api.USER, null, null, 406,
						"The answer is available only as"),
				new Case("unreadable body", "PATCH", "/api/v1/me", Api.USER, JSON, "{\"fullName\": ", 400,
						"not valid JSON of the expected shape"),
				new Case("missing file part", "POST", "/api/v1/imports", Api.ADMIN,
						"multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"separator\"\r\n\r\n"
								+ "comma\r\n--b--\r\n", 400, "\"file\" is missing"),
				new Case("value of the wrong type", "GET", "/api/v1/imports/not-a-uuid", Api.ADMIN, null, null, 400,
						"The value of \"id\" is not of the expected type"),
				new Case("not signed in", "GET", "/api/v1/me", null, null, null, 401, "Sign in with an API token"),
				new Case("wrong password", "GET", "/api/v1/me", Api.USER + ":wrong", null, null, 401,
						"Sign in with an API token"),
				new Case("role refused by security", "GET", "/actuator/prometheus", Api.USER, null, null, 403,
						"Your role does not allow this"),
				new Case("role refused by a service", "PUT", "/api/v1/organization", Api.ADMIN, JSON,
						"{\"version\":0,\"name\":\"x\"}", 403, "Your role does not allow this"));
		System.out.println("API error answers:");
		for (Case each : cases) {
			JsonNode problem = answer(each, "en");
			System.out.printf("  %-26s %-6s %-32s -> %d %s%n", each.name(), each.method(), each.path(), each.status(),
					problem.path("detail").asString());
			assertThat(problem.path("status").asInt()).as(each.name()).isEqualTo(each.status());
			assertThat(problem.path("title").asString()).as(each.name()).isNotBlank();
			assertThat(problem.path("detail").asString()).as(each.name()).contains(each.detail());
		}
	}

	@Test
	void theDetailIsInTheCallersLanguage() {
		JsonNode problem = answer(new Case("unknown path", "GET", "/api/v1/nothing-here", Api.ADMIN, null, null, 404,
				""), "de");
		assertThat(problem.path("title").asString()).isEqualTo("Nicht gefunden");
		assertThat(problem.path("detail").asString()).startsWith("Unter dieser Adresse gibt es nichts.");
	}

	@Test
	void aRefusalAboutOneFieldListsItAsErrorsLikeARefusalAboutSeveral() {
		List<Case> cases = List.of(
				new Case("token without a name", "POST", "/api/v1/me/tokens", Api.USER, JSON,
						"{\"name\": \" \", \"days\": 30}", 400, "name"),
				new Case("token of an unknown lifetime", "POST", "/api/v1/me/tokens", Api.USER, JSON,
						"{\"name\": \"Script\", \"days\": 7}", 400, "days"),
				new Case("user without an email", "POST", "/api/v1/users", Api.SYSADMIN, JSON,
						"{\"fullName\": \"Nora\", \"email\": \"nora-at-example.org\", \"password\": \"Nora-New-Pass-1\"}",
						400, "email"));
		for (Case each : cases) {
			JsonNode problem = answer(each, "en");
			JsonNode errors = problem.path("errors");
			assertThat(errors.isArray()).as(each.name() + ": " + problem).isTrue();
			assertThat(errors.valueStream().map(error -> error.path("field").asString()))
				.as(each.name() + ": " + problem).contains(each.detail());
			assertThat(errors.valueStream().map(error -> error.path("detail").asString()))
				.as(each.name() + ": " + problem).allSatisfy(detail -> assertThat(detail).isNotBlank());
		}
	}

	private JsonNode answer(Case each, String language) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + each.path()))
			.header("Accept-Language", language)
			.method(each.method(), each.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(each.body()));
		if (each.contentType() != null) {
			request.header("Content-Type", each.contentType());
		}
		if (each.status() == 406) {
			request.header("Accept", "text/csv");
		}
		if (each.user() != null) {
			String credentials = each.user().contains(":") ? each.user() : each.user() + ":" + Api.DEMO_PASSWORD;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		HttpResponse<String> response = send(request.build());
		assertThat(response.statusCode()).as(each.name() + ": " + response.body()).isEqualTo(each.status());
		assertThat(response.headers().firstValue("Content-Type")).as(each.name())
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		return json.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
	 * One call that goes wrong, and what its answer must say.
	 *
	 * @param user the email address signing in (with the demo password), or email:password, or null
	 */
	record Case(String name, String method, String path, String user, String contentType, String body, int status,
			String detail) {
	}

}
