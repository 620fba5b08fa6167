package io.muster.importing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Message;

/**
 * Thrown when a request about an import cannot be followed; the detail says why and what to do.
 *
 * <p>Its title and detail are message codes with arguments, put into words in the reader's
 * language by {@link #updateAndGetBody(MessageSource, Locale)}: the API's problem handler does so for
 * the request's locale, a page through {@link #detail} and {@link #fieldErrors}.
 */
public class ImportRejected extends ErrorResponseException {

	private final String titleCode;

	private final Message detail;

	private final @Nullable String field;

	private final List<FieldProblem> problems;

	private ImportRejected(HttpStatus status, String type, String titleCode, Message detail, @Nullable String field,
			List<FieldProblem> problems) {
		super(status, problem(status, type, field), null, detail.code(), detail.getArguments());
		this.titleCode = titleCode;
		this.detail = detail;
		this.field = field;
		this.problems = List.copyOf(problems);
	}

	private static ProblemDetail problem(HttpStatus status, String type, @Nullable String field) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("/problems/" + type));
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}

	static ImportRejected badRequest(String titleCode, String detailCode, Object... arguments) {
		return new ImportRejected(HttpStatus.BAD_REQUEST, "import-invalid", titleCode, Message.of(detailCode, arguments),
				null, List.of());
	}

	/**
	 * A bad request about one input; the problem's {@code field} names it, so a form can show the
	 * message next to it.
	 */
	static ImportRejected badField(String field, String titleCode, Message detail) {
		return new ImportRejected(HttpStatus.BAD_REQUEST, "import-invalid", titleCode, detail, field, List.of());
	}

	/**
	 * A bad request about several inputs: the problem's {@code errors} list each with its
	 * {@code field} and {@code detail}; its title and {@code field} are the first one's.
	 */
	static ImportRejected badFields(List<FieldProblem> problems) {
		FieldProblem first = problems.get(0);
		return new ImportRejected(HttpStatus.BAD_REQUEST, "import-invalid",
				problems.size() == 1 ? first.titleCode() : "import.problem.mappingIncomplete.title", first.detail(),
				first.field(), problems);
	}

	/**
	 * An uploaded file that cannot be imported as it is.
	 */
	static ImportRejected file(HttpStatus status, Message detail) {
		return new ImportRejected(status, "file-rejected", "import.problem.fileRejected.title", detail, null, List.of());
	}

	static ImportRejected notFound() {
		return new ImportRejected(HttpStatus.NOT_FOUND, "import-not-found", "import.problem.notFound.title",
				Message.of("import.problem.notFound"), null, List.of());
	}

	/**
	 * An import that exists but has no undo to show.
	 */
	static ImportRejected notUndone() {
		return new ImportRejected(HttpStatus.NOT_FOUND, "undo-not-found", "undo.problem.notUndone.title",
				Message.of("undo.problem.notUndone"), null, List.of());
	}

	static ImportRejected forbidden(String detailCode, Object... arguments) {
		return new ImportRejected(HttpStatus.FORBIDDEN, "import-forbidden", "import.problem.forbidden.title",
				Message.of(detailCode, arguments), null, List.of());
	}

	static ImportRejected conflict(String detailCode, Object... arguments) {
		return new ImportRejected(HttpStatus.CONFLICT, "import-state", "import.problem.conflict.title",
				Message.of(detailCode, arguments), null, List.of());
	}

	/**
	 * A file that is the whole group would suspend or move more of the group than the organization
	 * allows without a confirmation; the counts are properties of the problem, for scripts.
	 */
	static ImportRejected brake(SyncBrake brake) {
		ImportRejected rejected = new ImportRejected(HttpStatus.CONFLICT, "sync-brake",
				"import.sync.problem.brake.title", brake.message(), null, List.of());
		ProblemDetail body = rejected.getBody();
		body.setProperty("affected", brake.affected());
		body.setProperty("groupSize", brake.groupSize());
		body.setProperty("percent", brake.percent());
		body.setProperty("limitPercent", brake.limitPercent());
		body.setProperty("action", brake.action().name());
		return rejected;
	}

	@Override
	public String getTitleMessageCode() {
		return titleCode;
	}

	/**
	 * The problem in the given language; with several inputs at fault, its detail names them all and
	 * its {@code errors} list each with its {@code field} and {@code detail}.
	 */
	@Override
	public ProblemDetail updateAndGetBody(@Nullable MessageSource messages, Locale locale) {
		ProblemDetail body = super.updateAndGetBody(messages, locale);
		if (messages != null && !problems.isEmpty()) {
			body.setDetail(problems.stream().map(problem -> problem.detail().in(messages, locale))
				.collect(Collectors.joining(" ")));
			body.setProperty("errors", problems.stream()
				.map(problem -> Map.of("field", problem.field(), "detail", problem.detail().in(messages, locale)))
				.toList());
		}
		return body;
	}

	/**
	 * Why the request was refused, in the given language.
	 */
	public String detail(MessageSource messages, Locale locale) {
		return String.valueOf(updateAndGetBody(messages, locale).getDetail());
	}

	/**
	 * What each input this refusal is about is wrong with, by field, in the given language:
	 * {@code names}, {@code email}, {@code defaultPassword}, {@code groupId}, {@code welcomeEmail},
	 * {@code tags}, or {@code form} for the request as a whole.
	 */
	public Map<String, String> fieldErrors(MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (problems.isEmpty()) {
			errors.put(field == null ? "form" : field, detail.in(messages, locale));
		}
		problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.detail().in(messages, locale)));
		return errors;
	}

	/**
	 * One input's problem, as a form shows it next to that input.
	 */
	record FieldProblem(String field, String titleCode, Message detail) {
	}

}
