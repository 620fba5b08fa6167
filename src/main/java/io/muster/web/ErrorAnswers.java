package io.muster.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers every error that reaches the error page, whatever raised it (no handler for the path, a
 * method or media type the handler does not take, a body it cannot read, a filter): a problem
 * document for an API call, written as such whatever the caller accepts, and the error page for
 * people.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorAnswers implements ErrorController {

	private final ErrorAttributes errors;

	private final ApiProblems problems;

	ErrorAnswers(ErrorAttributes errors, ApiProblems problems) {
		this.errors = errors;
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		if (ApiProblems.isApi(request)) {
			problems.write(response, problems.of(status, errors.getError(new ServletWebRequest(request))));
			return null;
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
