package io.muster.directory;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when a value sent to the directory breaks a rule; the detail says which and how to fix it.
 */
public class InvalidDirectoryInput extends ErrorResponseException {

	private final List<String> problems;

	InvalidDirectoryInput(String field, List<String> problems) {
		super(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Invalid " + field,
				String.join(" ", problems), "invalid-input"), null);
		getBody().setProperty("field", field);
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
