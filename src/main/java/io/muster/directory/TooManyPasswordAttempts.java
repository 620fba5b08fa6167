package io.muster.directory;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when the current password was typed wrong too often and the next check must wait: 429
 * with Retry-After for the API, the detail next to the field on My account.
 */
public class TooManyPasswordAttempts extends ErrorResponseException {

	TooManyPasswordAttempts(Duration wait, Notices notices) {
		super(HttpStatus.TOO_MANY_REQUESTS, Problems.of(HttpStatus.TOO_MANY_REQUESTS,
				notices.text("account.currentPassword.throttled.title"),
				notices.text("account.currentPassword.throttled", seconds(wait)), "password-attempts-throttled"), null);
		getBody().setProperty("field", "currentPassword");
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(wait)));
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}
