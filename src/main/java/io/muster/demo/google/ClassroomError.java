package io.muster.demo.google;

import org.springframework.http.HttpStatus;

/**
 * An error of the emulated Classroom API, answered with Google's JSON body
 * {@code {"error": {"code": ..., "message": ..., "status": ...}}}.
 */
class ClassroomError extends RuntimeException {

	static final String UNAUTHENTICATED_MESSAGE = "Request had invalid authentication credentials. Expected OAuth 2 "
			+ "access token, login cookie or other valid authentication credential.";

	private final HttpStatus code;

	private final String status;

	ClassroomError(HttpStatus code, String message, String status) {
		super(message);
		this.code = code;
		this.status = status;
	}

	static ClassroomError unauthenticated() {
		return new ClassroomError(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED_MESSAGE, "UNAUTHENTICATED");
	}

	static ClassroomError insufficientScopes() {
		return new ClassroomError(HttpStatus.FORBIDDEN, "Request had insufficient authentication scopes.",
				"PERMISSION_DENIED");
	}

	static ClassroomError permissionDenied(String message) {
		return new ClassroomError(HttpStatus.FORBIDDEN, message, "PERMISSION_DENIED");
	}

	static ClassroomError notFound() {
		return new ClassroomError(HttpStatus.NOT_FOUND, "Requested entity was not found.", "NOT_FOUND");
	}

	static ClassroomError invalidArgument(String message) {
		return new ClassroomError(HttpStatus.BAD_REQUEST, message, "INVALID_ARGUMENT");
	}

	/**
	 * The answer Google gives for a server-side status: what {@code failNext} makes the API return.
	 */
	static ClassroomError of(int httpStatus) {
		HttpStatus code = HttpStatus.valueOf(httpStatus);
		return switch (httpStatus) {
			case 429 -> new ClassroomError(code, "Resource has been exhausted (e.g. check quota).",
					"RESOURCE_EXHAUSTED");
			case 500 -> new ClassroomError(code, "Internal error encountered.", "INTERNAL");
			case 503 -> new ClassroomError(code, "The service is currently unavailable.", "UNAVAILABLE");
			case 401 -> unauthenticated();
			case 403 -> permissionDenied("The caller does not have permission");
			case 404 -> notFound();
			default -> new ClassroomError(code, code.getReasonPhrase(), code.name());
		};
	}

	HttpStatus code() {
		return code;
	}

	String status() {
		return status;
	}

}
