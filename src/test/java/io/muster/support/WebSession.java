package io.muster.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser as far as these tests need one: cookies kept, redirects followed one by one,
 * forms read from the HTML and posted back with the hidden fields (CSRF token included).
 */
public final class WebSession {

	private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>",
			Pattern.DOTALL);

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private static final Pattern CHECKBOX = Pattern.compile("<input type=\"checkbox\" name=\"grant\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	/** Where each redirect of the last {@link #follow} went, in order. */
	public final List<URI> hops = new ArrayList<>();

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
	}

	public WebSession signIn(String email, String password) {
		HttpResponse<String> login = get("/login");
		HttpResponse<String> done = submit(login, "/login", Map.of("email", List.of(email), "password", List.of(password)));
		assertThat(done.headers().firstValue("Location")).as("signed in").hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
		return this;
	}

	public HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
	}

	/** A GET as htmx sends it, for a part of a page. */
	public HttpResponse<String> getPart(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("HX-Request", "true").GET());
	}

	/** Follows redirects from a path until a page answers. */
	public HttpResponse<String> open(String pathOrUrl) {
		return follow(get(pathOrUrl));
	}

	public HttpResponse<String> follow(HttpResponse<String> response) {
		hops.clear();
		HttpResponse<String> current = response;
		while (current.statusCode() / 100 == 3) {
			URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
			hops.add(next);
			current = get(next.toString());
		}
		return current;
	}

	/**
	 * Posts the page's form whose action contains {@code action}, its hidden fields plus the
	 * given ones, and answers the direct response (no redirect followed).
	 */
	public HttpResponse<String> submit(HttpResponse<String> page, String action, Map<String, List<String>> fields) {
		Matcher form = FORM.matcher(page.body());
		while (form.find()) {
			String target = unescape(form.group(1));
			if (target.contains(action)) {
				Map<String, List<String>> values = new LinkedHashMap<>();
				Matcher hidden = HIDDEN.matcher(form.group(2));
				while (hidden.find()) {
					values.put(hidden.group(1), List.of(unescape(hidden.group(2))));
				}
				values.putAll(fields);
				return post(page.uri().resolve(target).toString(), values);
			}
		}
		throw new AssertionError("No form posting to " + action + " on " + page.uri() + ":\n" + page.body());
	}

	/** The scopes the consent page offers with a checkbox. */
	public static List<String> offeredScopes(HttpResponse<String> consent) {
		List<String> scopes = new ArrayList<>();
		Matcher box = CHECKBOX.matcher(consent.body());
		while (box.find()) {
			scopes.add(unescape(box.group(1)));
		}
		return scopes;
	}

	/**
	 * Walks Google's pages (the emulator's) from the Authorize link: chooses the account, ticks
	 * every offered scope but the refused ones, and answers Allow or Cancel; returns the page
	 * Muster shows at the end.
	 */
	public HttpResponse<String> authorizeClassroom(String googleAccount, List<String> refusedScopes, String decision) {
		HttpResponse<String> chooser = open("/oauth2/authorization/classroom");
		return consent(chooser, googleAccount, refusedScopes, decision);
	}

	public HttpResponse<String> signInWithGoogle(String googleAccount) {
		HttpResponse<String> chooser = open("/oauth2/authorization/google");
		return consent(chooser, googleAccount, List.of(), "allow");
	}

	private HttpResponse<String> consent(HttpResponse<String> chooser, String googleAccount,
			List<String> refusedScopes, String decision) {
		assertThat(chooser.statusCode()).as(chooser.body()).isEqualTo(200);
		HttpResponse<String> consent = follow(submit(chooser, "/choose", Map.of("account", List.of(googleAccount))));
		List<String> granted = offeredScopes(consent).stream().filter(scope -> !refusedScopes.contains(scope)).toList();
		return follow(submit(consent, "/consent", Map.of("grant", granted, "decision", List.of(decision))));
	}

	public HttpResponse<String> post(String pathOrUrl, Map<String, List<String>> form) {
		String body = form.entrySet().stream()
			.flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(pathOrUrl))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.header("Accept-Language", "en").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public static String unescape(String html) {
		return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
			.replace("&gt;", ">").replace("&#x2F;", "/");
	}

}
