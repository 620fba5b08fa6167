package io.muster.demo.google;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a client learns about the signed-in account and the provider: the discovery document,
 * the signing keys and the user info; plus token revocation.
 */
@RestController
@RequestMapping("/google-emulator")
@Profile("demo")
class OpenIdController {

	private final GoogleEmulator emulator;

	private final EmulatorSettings settings;

	OpenIdController(GoogleEmulator emulator, EmulatorSettings settings) {
		this.emulator = emulator;
		this.settings = settings;
	}

	@GetMapping("/.well-known/openid-configuration")
	Map<String, Object> discovery() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", settings.issuer());
		document.put("authorization_endpoint", settings.endpoint("authorization-uri"));
		document.put("token_endpoint", settings.endpoint("token-uri"));
		document.put("userinfo_endpoint", settings.endpoint("user-info-uri"));
		document.put("revocation_endpoint", settings.endpoint("revoke-uri"));
		document.put("jwks_uri", settings.endpoint("jwk-set-uri"));
		document.put("response_types_supported", List.of("code"));
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("scopes_supported", List.of("openid", "email", "profile"));
		document.put("token_endpoint_auth_methods_supported", List.of("client_secret_post", "client_secret_basic"));
		document.put("claims_supported", List.of("aud", "email", "email_verified", "exp", "family_name", "given_name",
				"iat", "iss", "name", "sub"));
		document.put("code_challenge_methods_supported", List.of("plain", "S256"));
		document.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
		return document;
	}

	@GetMapping("/oauth2/v3/certs")
	Map<String, Object> certs() {
		return emulator.idTokens().publicKeys();
	}

	@GetMapping("/v1/userinfo")
	Map<String, Object> userInfo(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		IssuedToken token = BearerToken.of(authorization).flatMap(emulator.tokens()::valid)
			.orElseThrow(() -> new OAuthError(HttpStatus.UNAUTHORIZED, "invalid_request", "Invalid Credentials"));
		GoogleAccount account = token.account();
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("sub", account.id());
		if (token.scopes().contains(Scopes.PROFILE)) {
			info.put("name", account.fullName());
			info.put("given_name", account.givenName());
			info.put("family_name", account.familyName());
		}
		if (token.scopes().contains(Scopes.EMAIL)) {
			info.put("email", account.email());
			info.put("email_verified", true);
		}
		return info;
	}

	@PostMapping("/revoke")
	Map<String, Object> revoke(@RequestParam(name = "token", required = false) @Nullable String token) {
		if (token == null || token.isBlank()) {
			throw OAuthError.invalidRequest("Missing required parameter: token");
		}
		if (!emulator.tokens().revoke(token)) {
			throw new OAuthError(HttpStatus.BAD_REQUEST, "invalid_token", "Token expired or revoked");
		}
		return Map.of();
	}

}
