package io.muster.mail;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A message of an organization to render from the templates {@code mail/<template>.html} and
 * {@code mail/<template>.txt}, in a language: the templates' {@code #{...}} words come from the
 * message bundles in that language; the subject is already in words.
 */
public record Mail(long organizationId, String to, String subject, String template, Map<String, Object> model,
		Locale locale) {

	public Mail {
		model = Map.copyOf(model);
	}

	/**
	 * A message in the language of the current request, or the server's outside one.
	 */
	public Mail(long organizationId, String to, String subject, String template, Map<String, Object> model) {
		this(organizationId, to, subject, template, model, LocaleContextHolder.getLocale());
	}

}
