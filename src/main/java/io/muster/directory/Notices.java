package io.muster.directory;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

import io.muster.web.Message;

/**
 * What the directory's pages say, in the reader's language: the short confirmations shown after a
 * change, and the refusals shown next to a form's fields.
 */
@Component
class Notices {

	/** The key of a refusal that belongs to no single field. */
	static final String FORM = "form";

	private final MessageSource messages;

	Notices(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	String text(Message message) {
		return message.in(messages, LocaleContextHolder.getLocale());
	}

	/**
	 * The detail of a refusal.
	 */
	String detail(ErrorResponse refusal) {
		return String.valueOf(refusal.updateAndGetBody(messages, LocaleContextHolder.getLocale()).getDetail());
	}

	/**
	 * A refusal as a form shows it, next to the field it is about.
	 */
	Map<String, String> byField(ErrorResponse refusal) {
		if (refusal instanceof InvalidDirectoryInput invalid) {
			return invalid.problemsByField(messages, LocaleContextHolder.getLocale());
		}
		String detail = detail(refusal);
		if (refusal instanceof EmailTaken) {
			return Map.of("email", detail);
		}
		Map<String, Object> properties = refusal.getBody().getProperties();
		Object field = properties == null ? null : properties.get("field");
		return Map.of(field == null || "user".equals(field) ? FORM : field.toString(), detail);
	}

}
