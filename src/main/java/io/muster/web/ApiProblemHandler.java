package io.muster.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of a JSON API call into an RFC 9457 problem with a detail a person can act on.
 *
 * <p>It applies to REST controllers only: pages get the friendly error page instead. The
 * framework's own exceptions take their words from the bundles ({@code problemDetail.<class>});
 * errors raised before a controller is chosen are answered by {@link ErrorAnswers}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final ApiProblems problems;

	private final MessageSource messages;

	ApiProblemHandler(ApiProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(problems.problem(HttpStatus.BAD_REQUEST, "unreadable-request"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String fields = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> error.getField())
			.distinct()
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
		ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", fields);
		// The same shape of field errors as every other refusal: a list of {field, detail}.
		problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
			.map(error -> Map.of("field", error.getField(), "detail",
					messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A refusal about one input names it in {@code field}; it also gets the {@code errors} list of
	 * a refusal about several, so that a client reads field errors one way whatever the route.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleErrorResponseException(ErrorResponseException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> answer = super.handleErrorResponseException(ex, headers, status, request);
		if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
			listTheField(problem);
		}
		return answer;
	}

	static void listTheField(ProblemDetail problem) {
		Map<String, Object> properties = problem.getProperties();
		if (properties != null && properties.get("field") instanceof String field && !properties.containsKey("errors")
				&& problem.getDetail() != null) {
			problem.setProperty("errors", List.of(Map.of("field", field, "detail", problem.getDetail())));
		}
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return ResponseEntity.badRequest().body(problems.problem(HttpStatus.BAD_REQUEST, "invalid-value", ex.getName()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problems.problem(HttpStatus.FORBIDDEN, "forbidden"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error in an API call", ex);
		return ResponseEntity.internalServerError().body(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected"));
	}

}
