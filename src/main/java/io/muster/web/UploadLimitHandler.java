package io.muster.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers an upload that is too large, or not a readable multipart request, before any controller
 * sees it: with a problem for the API and the error page, saying what the limit is, for people.
 */
@ControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

	private final DataSize maxFileSize;

	private final ApiProblems problems;

	private final MessageSource messages;

	UploadLimitHandler(MultipartProperties multipart, ApiProblems problems, MessageSource messages) {
		this.maxFileSize = multipart.getMaxFileSize();
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, "file-too-large", maxFileSize.toMegabytes());
	}

	@ExceptionHandler(MultipartException.class)
	Object unreadable(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "upload-unreadable");
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String problem, Object... arguments) {
		if (ApiProblems.isApi(request)) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problems.problem(status, problem, arguments));
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("detail", messages.getMessage("problem." + problem + ".detail", arguments,
				LocaleContextHolder.getLocale()));
		return page;
	}

}
