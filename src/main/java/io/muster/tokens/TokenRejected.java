package io.muster.tokens;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import io.muster.web.CodedProblem;

/**
 * A request about tokens that cannot be followed. Its title and detail are the bundle's
 * {@code problem.<name>.title} and {@code .detail}, in the caller's language; a refusal about one
 * input names it in the problem's {@code field}.
 */
public class TokenRejected extends CodedProblem {

	private final @Nullable String field;

	TokenRejected(HttpStatus status, String name, @Nullable String field, Object... arguments) {
		super(status, name, "problem." + name, arguments);
		this.field = field;
		if (field != null) {
			getBody().setProperty("field", field);
		}
	}

	static TokenRejected badField(String field, String name, Object... arguments) {
		return new TokenRejected(HttpStatus.BAD_REQUEST, name, field, arguments);
	}

	static TokenRejected notFound() {
		return new TokenRejected(HttpStatus.NOT_FOUND, "token-not-found", null);
	}

	static TokenRejected forbidden(String name) {
		return new TokenRejected(HttpStatus.FORBIDDEN, name, null);
	}

	/** The input this refusal is about, or null when it is about the request as a whole. */
	public @Nullable String field() {
		return field;
	}

}
