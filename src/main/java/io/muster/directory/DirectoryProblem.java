package io.muster.directory;

import java.net.URI;
import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Message;

/**
 * A refusal of the directory as a problem document whose title and detail are message codes: the
 * API's answer puts them into words in the caller's language, and so does a page that shows them.
 *
 * <p>A problem of type {@code t} reads its title from {@code directory.problem.t.title}.
 */
abstract class DirectoryProblem extends ErrorResponseException {

	private final String titleCode;

	DirectoryProblem(HttpStatus status, String type, Message detail) {
		super(status, body(status, type), null, detail.code(), detail.getArguments());
		this.titleCode = "directory.problem." + type + ".title";
	}

	@Override
	public String getTitleMessageCode() {
		return titleCode;
	}

	/**
	 * The status, the detail's code and its arguments, for a log: the words are the reader's.
	 */
	@Override
	public String getMessage() {
		return getStatusCode() + " " + getDetailMessageCode() + " " + Arrays.toString(getDetailMessageArguments());
	}

	private static ProblemDetail body(HttpStatus status, String type) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("/problems/" + type));
		return problem;
	}

}
