package io.muster.mail;

import java.util.Map;

/**
 * A message of an organization to render from the templates {@code mail/<template>.html} and
 * {@code mail/<template>.txt}.
 */
public record Mail(long organizationId, String to, String subject, String template, Map<String, Object> model) {

	public Mail {
		model = Map.copyOf(model);
	}

}
