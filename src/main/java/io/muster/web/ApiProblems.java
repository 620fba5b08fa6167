package io.muster.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem documents whose title and detail come from the message bundles, in the caller's
 * language, for the answers that no controller gives: refusals of the security filters and
 * errors raised before a controller was chosen.
 *
 * <p>A problem named {@code name} reads {@code problem.<name>.title} and
 * {@code problem.<name>.detail}; an error known only by its status reads
 * {@code problem.status.<code>.*}, or {@code problem.status.4xx.*} / {@code 5xx.*}.
 */
@Component
public class ApiProblems {

	private final MessageSource messages;

	private final JsonMapper json;

	ApiProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/**
	 * Whether the request (or, on the error page, the request that failed) is an API call.
	 */
	public static boolean isApi(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String original ? original : request.getRequestURI();
		return uri.startsWith(request.getContextPath() + "/api/");
	}

	public ProblemDetail problem(HttpStatus status, String name, Object... detailArguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return Problems.of(status, messages.getMessage("problem." + name + ".title", null, locale),
				messages.getMessage("problem." + name + ".detail", detailArguments, locale), name);
	}

	/**
	 * The problem of an error that reached the error page: the bundle's words for the framework's
	 * exception when there are any, else those for its status.
	 */
	ProblemDetail of(HttpStatus status, @Nullable Throwable error) {
		Locale locale = LocaleContextHolder.getLocale();
		if (error instanceof ErrorResponse known
				&& messages.getMessage(known.getDetailMessageCode(), null, null, locale) != null) {
			ProblemDetail problem = known.updateAndGetBody(messages, locale);
			problem.setStatus(status.value());
			problem.setType(URI.create("/problems/" + slug(status)));
			problem.setInstance(null);
			return problem;
		}
		String code = messages.getMessage("problem.status." + status.value() + ".detail", null, null, locale) != null
				? String.valueOf(status.value()) : status.is5xxServerError() ? "5xx" : "4xx";
		return Problems.of(status, messages.getMessage("problem.status." + code + ".title", null, locale),
				messages.getMessage("problem.status." + code + ".detail", null, locale), slug(status));
	}

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	private static String slug(HttpStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
