package io.muster.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.muster.support.Node;

/**
 * Calls a node's JSON API as one person signed in with HTTP Basic, failing on any unexpected status.
 */
final class ApiCaller {

	private static final Pattern STRING_FIELD = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]*)\"");

	private static final Pattern NUMBER_FIELD = Pattern.compile("\"%s\"\\s*:\\s*(-?\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Node node;

	private final String authorization;

	ApiCaller(Node node, String email, String password) {
		this.node = node;
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET(), 200);
	}

	HttpResponse<String> postJson(String path, String json, int expected) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), expected);
	}

	HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)), 200);
	}

	HttpResponse<String> post(String path, int expected) throws IOException, InterruptedException {
		return send(request(path).POST(HttpRequest.BodyPublishers.noBody()), expected);
	}

	HttpResponse<String> upload(String fileName, byte[] csv) throws IOException, InterruptedException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--bench-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(csv);
		body.writeBytes("\r\n--bench-boundary--\r\n".getBytes(StandardCharsets.UTF_8));
		return send(request("/api/v1/imports").header("Content-Type", "multipart/form-data; boundary=bench-boundary")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 201);
	}

	static String text(String json, String field) {
		Matcher matcher = Pattern.compile(STRING_FIELD.pattern().formatted(field)).matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + field + " in " + json);
		}
		return matcher.group(1);
	}

	static long number(String json, String field) {
		Matcher matcher = Pattern.compile(NUMBER_FIELD.pattern().formatted(field)).matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + field + " in " + json);
		}
		return Long.parseLong(matcher.group(1));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : node.url(path)))
			.header("Authorization", authorization).header("Accept", "application/json")
			.timeout(Duration.ofMinutes(5));
	}

	private HttpResponse<String> send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		HttpRequest built = request.build();
		HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(built.method() + " " + built.uri() + " answered " + response.statusCode()
					+ " instead of " + expected + ": " + response.body());
		}
		return response;
	}

}
