package io.muster.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import io.muster.web.Message;

/**
 * Thrown when a value sent to the directory breaks a rule; the detail says which and how to fix it.
 *
 * <p>Its {@code errors} list every field with its {@code field} and {@code detail}, as an import's
 * refusals do; {@code field} and {@code detail} of the problem itself are the first field's and all
 * of them.
 */
public class InvalidDirectoryInput extends DirectoryProblem {

	private final Map<String, List<Message>> problemsByField;

	InvalidDirectoryInput(String field, Message problem) {
		this(Map.of(field, List.of(problem)));
	}

	InvalidDirectoryInput(String field, List<Message> problems) {
		this(Map.of(field, problems));
	}

	/**
	 * Several fields at once, in the order given, so that a form can show every problem next to its
	 * field in one go.
	 */
	InvalidDirectoryInput(Map<String, List<Message>> problemsByField) {
		super(HttpStatus.BAD_REQUEST, "invalid-input", Message.of("directory.problem.invalid-input.detail"));
		this.problemsByField = new LinkedHashMap<>(problemsByField);
		getBody().setProperty("field", problemsByField.keySet().iterator().next());
		getBody().setProperty("errors", problemsByField.entrySet().stream()
			.map(entry -> Map.of("field", entry.getKey(), "detail", entry.getValue()))
			.toList());
	}

	/**
	 * The problems of each field in this language, for forms; a single-field problem gives a map
	 * of one.
	 */
	public Map<String, String> problemsByField(MessageSource messages, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		problemsByField.forEach((field, problems) -> byField.put(field,
				problems.stream().map(problem -> problem.in(messages, locale)).collect(Collectors.joining(" "))));
		return byField;
	}

	public List<Message> problems() {
		return problemsByField.values().stream().flatMap(List::stream).toList();
	}

	@Override
	public Object[] getDetailMessageArguments(MessageSource messages, Locale locale) {
		return new Object[] { String.join(" ", problemsByField(messages, locale).values()) };
	}

	@Override
	public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
		ProblemDetail body = super.updateAndGetBody(messages, locale);
		body.setProperty("errors", problemsByField(messages, locale).entrySet().stream()
			.map(entry -> Map.of("field", entry.getKey(), "detail", entry.getValue()))
			.toList());
		return body;
	}

}
