package io.muster.demo.google;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the emulated Classroom API's errors with Google's error body, and a missing or bad
 * token with the {@code WWW-Authenticate: Bearer} challenge.
 */
@RestControllerAdvice(assignableTypes = ClassroomController.class)
class ClassroomErrors {

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> on(ClassroomError error) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("code", error.code().value());
		detail.put("message", error.getMessage());
		detail.put("status", error.status());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(error.code());
		if (error.code() == HttpStatus.UNAUTHORIZED) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"https://accounts.google.com/\"");
		}
		return response.body(Map.of("error", detail));
	}

}
