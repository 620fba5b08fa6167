package io.muster.demo.google;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the emulator's OAuth errors with Google's body and, for a missing or bad bearer token,
 * the {@code WWW-Authenticate} challenge.
 */
@RestControllerAdvice(assignableTypes = { TokenController.class, OpenIdController.class })
class OAuthErrors {

	@ExceptionHandler
	ResponseEntity<Map<String, String>> on(OAuthError error) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("error", error.error());
		if (error.description() != null) {
			body.put("error_description", error.description());
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(error.status());
		if (error.status() == HttpStatus.UNAUTHORIZED && !"invalid_client".equals(error.error())) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"https://accounts.google.com/\", "
					+ "error=\"invalid_token\"");
		}
		return response.body(body);
	}

}
