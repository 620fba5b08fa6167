package io.muster.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

	private final DataSize maxFileSize;

	UploadLimitHandler(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, "File too large", "This file is larger than the "
				+ maxFileSize.toMegabytes() + " MB any upload may have. Upload a smaller file, or split it.");
	}

	@ExceptionHandler(MultipartException.class)
	Object unreadable(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "Upload not readable",
				"The upload could not be read. Choose the file again and send it as a form upload (multipart/form-data).");
	}

	private static Object answer(HttpServletRequest request, HttpStatus status, String title, String detail) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = Problems.of(status, title, detail, "upload-rejected");
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		return page;
	}

}
