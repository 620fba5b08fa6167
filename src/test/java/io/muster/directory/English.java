package io.muster.directory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

import io.muster.web.Message;

/**
 * The directory's bundle in English (or another language), for tests that read what a rule says
 * without a Spring context.
 */
final class English {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("messages/directory");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private English() {
	}

	static String of(Message message) {
		return in(Locale.ENGLISH, message);
	}

	/**
	 * The message in another language of the same bundle.
	 */
	static String in(Locale locale, Message message) {
		return message.in(MESSAGES, locale);
	}

	static List<String> of(Collection<Message> messages) {
		return messages.stream().map(English::of).toList();
	}

}
