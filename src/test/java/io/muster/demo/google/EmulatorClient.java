package io.muster.demo.google;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running emulator over HTTP the way a browser and an OAuth client would: no
 * redirects followed, forms read from the HTML and posted back field by field.
 */
final class EmulatorClient {

	static final String CLIENT_ID = "muster-demo-client";

	static final String CLIENT_SECRET = "muster-demo-secret";

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	final String base;

	EmulatorClient(int port) {
		this.base = "http://localhost:" + port;
	}

	String redirectUri() {
		return base + "/login/oauth2/code/google";
	}

	HttpResponse<String> get(String pathAndQuery, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	HttpResponse<String> post(String path, Map<String, List<String>> form, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** Posts a page's form back as its button would, with the extra fields the person chose. */
	HttpResponse<String> submit(HttpResponse<String> page, Map<String, List<String>> chosen) {
		Matcher action = FORM_ACTION.matcher(page.body());
		assertThat(action.find()).as("a form on the page").isTrue();
		Map<String, List<String>> form = new LinkedHashMap<>();
		hiddenFields(page.body()).forEach((name, value) -> form.put(name, List.of(value)));
		form.putAll(chosen);
		return post(unescape(action.group(1)), form);
	}

	static Map<String, String> hiddenFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(html);
		while (hidden.find()) {
			fields.put(hidden.group(1), unescape(hidden.group(2)));
		}
		return fields;
	}

	JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	HttpResponse<String> bearer(String pathAndQuery, String accessToken) {
		return get(pathAndQuery, "Authorization", "Bearer " + accessToken);
	}

	HttpResponse<String> token(Map<String, List<String>> form) {
		String basic = Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		return post("/google-emulator/token", form, "Authorization", "Basic " + basic);
	}

	/** Every item of a Classroom list, following nextPageToken, and how many pages it took. */
	List<JsonNode> all(String pathAndQuery, String key, String accessToken, List<Integer> pages) {
		List<JsonNode> items = new ArrayList<>();
		String token = null;
		do {
			String separator = pathAndQuery.contains("?") ? "&" : "?";
			HttpResponse<String> page = bearer(pathAndQuery
					+ (token == null ? "" : separator + "pageToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8)),
					accessToken);
			assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
			JsonNode body = json(page);
			body.path(key).forEach(items::add);
			pages.add(body.path(key).size());
			token = body.has("nextPageToken") ? body.get("nextPageToken").asString() : null;
		}
		while (token != null);
		return items;
	}

	static Map<String, List<String>> form(String... pairs) {
		Map<String, List<String>> form = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.computeIfAbsent(pairs[i], name -> new ArrayList<>()).add(pairs[i + 1]);
		}
		return form;
	}

	static String query(Map<String, List<String>> parameters) {
		return encode(parameters);
	}

	static Map<String, String> queryOf(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
		}
		return parameters;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(Map<String, List<String>> form) {
		return form.entrySet().stream().flatMap(field -> field.getValue().stream()
			.map(value -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(value, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
