package io.muster.demo.google;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of an authorization request as a client sent them, so that tests can check
 * what a client asks Google for (PKCE, offline access, incremental consent, the login hint).
 *
 * <p>The account chooser and the consent page carry them along as hidden form fields.
 */
public record AuthorizationRequest(Map<String, String> parameters) {

	static final String CLIENT_ID = "client_id";

	static final String REDIRECT_URI = "redirect_uri";

	static final String SCOPE = "scope";

	static final String STATE = "state";

	private static final List<String> KNOWN = List.of("client_id", "redirect_uri",
			"response_type", "scope", "state", "code_challenge", "code_challenge_method", "nonce", "access_type",
			"include_granted_scopes", "login_hint", "prompt", "hd");

	public AuthorizationRequest {
		parameters = Map.copyOf(parameters);
	}

	/**
	 * Keeps the OAuth parameters of a request or form and drops everything else (such as the
	 * chosen account or the buttons of the emulator's own pages).
	 */
	static AuthorizationRequest of(Map<String, String> request) {
		Map<String, String> parameters = new LinkedHashMap<>();
		KNOWN.forEach(name -> {
			String value = request.get(name);
			if (value != null && !value.isEmpty()) {
				parameters.put(name, value);
			}
		});
		return new AuthorizationRequest(parameters);
	}

	public @Nullable String get(String name) {
		return parameters.get(name);
	}

	String clientId() {
		return parameters.getOrDefault(CLIENT_ID, "");
	}

	String redirectUri() {
		return parameters.getOrDefault(REDIRECT_URI, "");
	}

	boolean offline() {
		return "offline".equals(parameters.get("access_type"));
	}

	boolean includeGrantedScopes() {
		return "true".equals(parameters.get("include_granted_scopes"));
	}

	/** The form fields that carry the request from one emulator page to the next, in a fixed order. */
	Map<String, String> hiddenFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		KNOWN.stream().filter(parameters::containsKey).forEach(name -> fields.put(name, parameters.get(name)));
		return fields;
	}

}
