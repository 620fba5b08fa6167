package io.muster.importing;

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
