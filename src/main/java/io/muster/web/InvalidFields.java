package io.muster.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A bad request about several inputs, each with what is wrong with it. The API answers it in one
 * shape everywhere: {@code errors} is a list of {@code {"field": ..., "detail": ...}} in the order
 * the inputs were checked, and the {@code detail} says all of them; a form shows each next to its
 * input.
 */
public class InvalidFields extends CodedProblem {

	private final Map<String, Message> problems;

	protected InvalidFields(String type, String key, Map<String, Message> problems) {
		super(HttpStatus.BAD_REQUEST, type, key);
		this.problems = new LinkedHashMap<>(problems);
	}

	/**
	 * What is wrong with each input, by field, in the given language.
	 */
	public Map<String, String> problems(MessageSource messages, Locale locale) {
		Map<String, String> inWords = new LinkedHashMap<>();
		problems.forEach((field, problem) -> inWords.put(field, problem.in(messages, locale)));
		return inWords;
	}

	@Override
	public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
		ProblemDetail body = super.updateAndGetBody(messages, locale);
		Map<String, String> inWords = problems(messages, locale);
		body.setDetail(String.join(" ", inWords.values()));
		List<Map<String, String>> errors = inWords.entrySet().stream()
			.map(problem -> Map.of("field", problem.getKey(), "detail", problem.getValue()))
			.collect(Collectors.toList());
		body.setProperty("errors", errors);
		return body;
	}

}
