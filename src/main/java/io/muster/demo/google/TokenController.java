package io.muster.demo.google;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Google's token endpoint: exchanges a code (with its PKCE verifier) or a refresh token for an
 * access token, after authenticating the client by HTTP Basic or by the form fields.
 */
@RestController
@RequestMapping("/google-emulator")
@Profile("demo")
class TokenController {

	private final GoogleEmulator emulator;

	private final EmulatorSettings settings;

	TokenController(GoogleEmulator emulator, EmulatorSettings settings) {
		this.emulator = emulator;
		this.settings = settings;
	}

	@PostMapping("/token")
	ResponseEntity<Map<String, Object>> token(@RequestParam Map<String, String> form,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		String clientId = authenticatedClient(form, authorization);
		String grantType = form.getOrDefault("grant_type", "");
		Tokens tokens = switch (grantType) {
			case "authorization_code" -> emulator.tokens().exchange(required(form, "code"), clientId,
					required(form, "redirect_uri"), form.get("code_verifier"));
			case "refresh_token" -> emulator.tokens().refresh(required(form, "refresh_token"), clientId);
			default -> throw new OAuthError(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
					"Invalid grant_type: " + grantType);
		};
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache")
			.body(body(tokens));
	}

	private Map<String, Object> body(Tokens tokens) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", tokens.access().value());
		body.put("expires_in", EmulatedTokens.ACCESS_TOKEN_LIFETIME.toSeconds());
		if (tokens.refresh() != null) {
			body.put("refresh_token", tokens.refresh().value());
		}
		body.put("scope", Scopes.join(tokens.access().scopes()));
		body.put("token_type", "Bearer");
		if (tokens.access().scopes().contains(Scopes.OPENID)) {
			String nonce = tokens.code() == null ? null : tokens.code().request().get("nonce");
			body.put("id_token", emulator.idTokens().sign(settings.issuer(), tokens.access(), nonce));
		}
		return body;
	}

	/**
	 * The client, by {@code client_secret_basic} (RFC 6749 2.3.1: both parts form-encoded) or by
	 * {@code client_id} and {@code client_secret} in the body.
	 */
	private String authenticatedClient(Map<String, String> form, @Nullable String authorization) {
		String clientId = form.getOrDefault("client_id", "");
		String secret = form.getOrDefault("client_secret", "");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			String[] pair = decodeBasic(authorization.substring(6).trim());
			clientId = pair[0];
			secret = pair[1];
		}
		if (!settings.authenticates(clientId, secret)) {
			throw new OAuthError(HttpStatus.UNAUTHORIZED, "invalid_client", "Unauthorized");
		}
		return clientId;
	}

	private static String[] decodeBasic(String credentials) {
		try {
			String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return new String[] { "", "" };
			}
			return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
					URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
		}
		catch (IllegalArgumentException notBase64) {
			return new String[] { "", "" };
		}
	}

	private static String required(Map<String, String> form, String name) {
		String value = form.get(name);
		if (value == null || value.isBlank()) {
			throw OAuthError.invalidRequest("Missing required parameter: " + name);
		}
		return value;
	}

}
