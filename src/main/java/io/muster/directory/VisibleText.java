package io.muster.directory;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule for text shown to others as it was typed — names and tags: every script and emoji is
 * welcome, but not control characters (terminal escape sequences among them), line separators or
 * the marks that override the direction of text, which make a name show as something it is not.
 */
public final class VisibleText {

	private VisibleText() {
	}

	/**
	 * What is wrong with a value, in words, naming the first character refused; empty when it is
	 * fine.
	 *
	 * @param label how the value is called in the sentence, such as "First name"
	 */
	public static Optional<String> problem(String label, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= 0x20 && c < 0x7F) {
				continue;
			}
			if (isRefused(c)) {
				return Optional.of(label + " contains an invisible control character (U+"
						+ String.format(Locale.ROOT, "%04X", (int) c)
						+ ") that would change how it shows; type it again without it.");
			}
		}
		return Optional.empty();
	}

	/**
	 * What is wrong with the first tag of these that breaks the rule; empty when all are fine.
	 */
	public static Optional<String> tagsProblem(Collection<String> tags) {
		return tags.stream().flatMap(tag -> problem("A tag", tag).stream()).findFirst();
	}

	private static boolean isRefused(char c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
				|| (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

}
