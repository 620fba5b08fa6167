package io.muster.directory;

import java.util.List;
import java.util.Map;

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

	/**
	 * Several fields at once, so that a form can show every problem next to its field in one go.
	 */
	InvalidDirectoryInput(Map<String, String> problemsByField) {
		this(problemsByField.keySet().iterator().next(), List.copyOf(problemsByField.values()));
		getBody().setProperty("errors", Map.copyOf(problemsByField));
	}

	/**
	 * The problem of each field, for forms; a single-field problem gives a map of one.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, String> problemsByField() {
		Object errors = getBody().getProperties() == null ? null : getBody().getProperties().get("errors");
		if (errors instanceof Map<?, ?> map) {
			return (Map<String, String>) map;
		}
		return Map.of(String.valueOf(getBody().getProperties().get("field")), String.join(" ", problems));
	}

	public List<String> problems() {
		return problems;
	}

}
