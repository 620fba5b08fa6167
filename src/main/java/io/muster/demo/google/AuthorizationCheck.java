package io.muster.demo.google;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The checks Google makes before it lets a person choose an account, repeated on every page since
 * the request travels in form fields: a known client, a redirect URI it may use, a code response,
 * known scopes and a PKCE method Google supports.
 *
 * <p>The one emulated client may redirect anywhere on the application's own origin, where Google
 * would compare with the URIs registered in the console.
 */
@Component
@Profile("demo")
class AuthorizationCheck {

	private final EmulatorSettings settings;

	private final GoogleEmulator emulator;

	AuthorizationCheck(EmulatorSettings settings, GoogleEmulator emulator) {
		this.settings = settings;
		this.emulator = emulator;
	}

	Set<String> scopes(AuthorizationRequest request) {
		if (!settings.knowsClient(request.clientId())) {
			throw new AuthorizationRefused("Error 401: invalid_client", "The OAuth client was not found.");
		}
		if (!onOwnOrigin(request.redirectUri())) {
			throw new AuthorizationRefused("Error 400: redirect_uri_mismatch", "You can't sign in to this app "
					+ "because it doesn't comply with Google's OAuth 2.0 policy. If you're the app developer, "
					+ "register the redirect URI in the Google Cloud Console.");
		}
		if (!"code".equals(request.get("response_type"))) {
			throw invalidRequest("Invalid response_type: the emulator only issues authorization codes (code).");
		}
		String method = request.get("code_challenge_method");
		if (method != null && !method.equals("S256") && !method.equals("plain")) {
			throw invalidRequest("Invalid code_challenge_method: " + method);
		}
		String scope = request.get(AuthorizationRequest.SCOPE);
		if (scope == null || scope.isBlank()) {
			throw invalidRequest("Missing required parameter: scope");
		}
		try {
			return Scopes.parse(scope);
		}
		catch (Scopes.UnknownScope unknown) {
			throw new AuthorizationRefused("Error 400: invalid_scope", unknown.getMessage());
		}
	}

	GoogleAccount account(String email) {
		return emulator.classroom().accountByEmail(email)
			.orElseThrow(() -> invalidRequest("There is no demo Google account " + email + "."));
	}

	private static boolean onOwnOrigin(String redirectUri) {
		try {
			URI target = URI.create(redirectUri);
			URI own = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
			return target.isAbsolute() && Objects.equals(target.getScheme(), own.getScheme())
					&& Objects.equals(target.getHost(), own.getHost()) && target.getPort() == own.getPort();
		}
		catch (IllegalArgumentException notAUri) {
			return false;
		}
	}

	private static AuthorizationRefused invalidRequest(String description) {
		return new AuthorizationRefused("Error 400: invalid_request", description);
	}

}
