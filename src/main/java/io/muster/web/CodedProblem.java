package io.muster.web;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A problem whose title and detail are message codes with arguments, put into words in the
 * caller's language when it is answered: {@code <key>.title} and {@code <key>.detail}, of type
 * {@code /problems/<type>}.
 *
 * <p>The API's exception handler resolves it through {@code updateAndGetBody}; a page that shows
 * the detail asks {@link #detail(MessageSource, Locale)}. An argument may be a {@link Message}.
 */
public class CodedProblem extends ErrorResponseException {

	private final String titleCode;

	protected CodedProblem(HttpStatus status, String type, String key, Object... arguments) {
		super(status, ProblemDetail.forStatus(status), null, key + ".detail", arguments);
		this.titleCode = key + ".title";
		setType(URI.create("/problems/" + type));
	}

	@Override
	public String getTitleMessageCode() {
		return titleCode;
	}

	/**
	 * The detail in the given language, for a page that shows it next to a field or above a form.
	 */
	public String detail(MessageSource messages, Locale locale) {
		return Objects.requireNonNullElse(updateAndGetBody(messages, locale).getDetail(), "");
	}

	/**
	 * The detail as a value, to be put into words later or as an argument of another message.
	 */
	public Message message() {
		return Message.of(Objects.requireNonNull(getDetailMessageCode()), getDetailMessageArguments());
	}

}
