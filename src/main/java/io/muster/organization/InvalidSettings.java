package io.muster.organization;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when organization settings break their bounds; it names every field and what fits.
 */
public class InvalidSettings extends ErrorResponseException {

	private final Map<String, String> problems;

	InvalidSettings(Map<String, String> problems) {
		super(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Invalid settings",
				String.join(" ", problems.values()), "invalid-settings"), null);
		this.problems = Map.copyOf(problems);
		getBody().setProperty("errors", this.problems);
	}

	public Map<String, String> problems() {
		return problems;
	}

}
