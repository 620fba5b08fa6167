package io.muster.directory;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import io.muster.web.Message;

/**
 * Thrown when the current password was typed wrong too often and the next check must wait: 429
 * with Retry-After for the API, the detail next to the field on My account.
 */
public class TooManyPasswordAttempts extends DirectoryProblem {

	TooManyPasswordAttempts(Duration wait) {
		super(HttpStatus.TOO_MANY_REQUESTS, "password-attempts-throttled",
				Message.of("account.currentPassword.throttled", seconds(wait)));
		getBody().setProperty("field", "currentPassword");
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(wait)));
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}
