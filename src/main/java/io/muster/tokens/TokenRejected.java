package io.muster.tokens;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request about tokens that cannot be followed. Its title and detail are the bundle's
 * {@code problem.<name>.title} and {@code .detail}, in the caller's language; a refusal about one
 * input names it in the problem's {@code field}.
 */
public class TokenRejected extends ErrorResponseException {

	private final String name;

	private final @Nullable String field;

	TokenRejected(HttpStatus status, String name, @Nullable String field, Object... arguments) {
		super(status, problem(status, name, field), null, "problem." + name + ".detail", arguments);
		this.name = name;
		this.field = field;
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

	@Override
	public String getTitleMessageCode() {
		return "problem." + name + ".title";
	}

	private static ProblemDetail problem(HttpStatus status, String name, @Nullable String field) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("/problems/" + name));
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}

}
