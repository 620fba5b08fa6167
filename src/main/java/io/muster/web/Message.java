package io.muster.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * A sentence for a person, kept as a message code and its arguments: the words come from the
 * message bundles in the reader's language only when it is shown, in a page, a problem, a mail or
 * a report. An argument may itself be a {@code Message}; it is put into words in the same language.
 *
 * <p>Plural forms belong in the bundle ({@code {0,choice,1#one row|1<{0,number,integer} rows}}),
 * never in the code that makes the message.
 */
public record Message(String code, List<Object> arguments) implements MessageSourceResolvable {

	public Message {
		// An argument may be absent (a cell left empty), which List.copyOf would refuse.
		arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
	}

	public static Message of(String code, Object... arguments) {
		return new Message(code, Arrays.asList(arguments));
	}

	/**
	 * This sentence in the given language.
	 */
	public String in(MessageSource messages, Locale locale) {
		return messages.getMessage(this, locale);
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments.toArray();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return null;
	}

}
