package io.muster.directory;

import java.util.Map;

import org.springframework.web.ErrorResponseException;

/**
 * Turns a refused change into messages a form shows next to its fields.
 */
final class FormErrors {

	/** The key for a problem that belongs to no single field. */
	static final String FORM = "form";

	private FormErrors() {
	}

	static Map<String, String> of(ErrorResponseException ex) {
		if (ex instanceof InvalidDirectoryInput invalid) {
			return invalid.problemsByField();
		}
		String detail = String.valueOf(ex.getBody().getDetail());
		if (ex instanceof EmailTaken) {
			return Map.of("email", detail);
		}
		Map<String, Object> properties = ex.getBody().getProperties();
		Object field = properties == null ? null : properties.get("field");
		return Map.of(field == null || "user".equals(field) ? FORM : field.toString(), detail);
	}

}
