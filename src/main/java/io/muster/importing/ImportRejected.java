package io.muster.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when a request about an import cannot be followed; the detail says why and what to do.
 */
public class ImportRejected extends ErrorResponseException {

	ImportRejected(HttpStatus status, String title, String detail, String type) {
		super(status, Problems.of(status, title, detail, type), null);
	}

	static ImportRejected badRequest(String title, String detail) {
		return new ImportRejected(HttpStatus.BAD_REQUEST, title, detail, "import-invalid");
	}

	/**
	 * A bad request about one input; the problem's {@code field} names it, so a form can show the
	 * message next to it.
	 */
	static ImportRejected badField(String field, String title, String detail) {
		ImportRejected rejected = badRequest(title, detail);
		rejected.getBody().setProperty("field", field);
		return rejected;
	}

	/**
	 * A bad request about several inputs: the problem's {@code errors} list each with its
	 * {@code field} and {@code detail}; its title and {@code field} are the first one's.
	 */
	static ImportRejected badFields(List<FieldProblem> problems) {
		FieldProblem first = problems.get(0);
		ImportRejected rejected = badField(first.field(), problems.size() == 1 ? first.title() : "Mapping incomplete",
				problems.stream().map(FieldProblem::detail).collect(Collectors.joining(" ")));
		rejected.getBody().setProperty("errors", problems.stream()
			.map(problem -> Map.of("field", problem.field(), "detail", problem.detail()))
			.toList());
		return rejected;
	}

	/**
	 * What each input this refusal is about is wrong with, by field: {@code names}, {@code email},
	 * {@code defaultPassword}, {@code groupId}, {@code welcomeEmail}, {@code tags}, or {@code form}
	 * for the request as a whole.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, String> fieldErrors() {
		Map<String, Object> properties = getBody().getProperties();
		Map<String, String> errors = new LinkedHashMap<>();
		if (properties != null && properties.get("errors") instanceof List<?> list) {
			list.forEach(item -> {
				Map<String, String> error = (Map<String, String>) item;
				errors.putIfAbsent(error.get("field"), error.get("detail"));
			});
		}
		else {
			String field = properties == null ? null : (String) properties.get("field");
			errors.put(field == null ? "form" : field, getBody().getDetail());
		}
		return errors;
	}

	/**
	 * One input's problem, as a form shows it next to that input.
	 */
	record FieldProblem(String field, String title, String detail) {
	}

	static ImportRejected notFound() {
		return new ImportRejected(HttpStatus.NOT_FOUND, "Import not found",
				"There is no such import in your organization.", "import-not-found");
	}

	static ImportRejected forbidden(String detail) {
		return new ImportRejected(HttpStatus.FORBIDDEN, "Not allowed", detail, "import-forbidden");
	}

	static ImportRejected conflict(String detail) {
		return new ImportRejected(HttpStatus.CONFLICT, "Not possible now", detail, "import-state");
	}

}
