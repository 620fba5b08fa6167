package io.muster.importing;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tidies values typed into spreadsheets without changing what they say.
 *
 * <p>Names keep every script and emoji; only invisible characters go (zero-width spaces, stray
 * byte order marks), runs of white space (no-break spaces and line breaks included) become one
 * space, and the text is put in Unicode NFC so that "é" typed two ways compares equal.
 */
final class Cleaning {

	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");

	private static final Pattern TAG_SEPARATORS = Pattern.compile("[;,|]");

	private Cleaning() {
	}

	static String text(String raw) {
		if (isTidyAscii(raw)) {
			return raw;
		}
		String visible = INVISIBLE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll("");
		return SPACES.matcher(visible).replaceAll(" ").strip();
	}

	/**
	 * Most cells are printable ASCII with single spaces between words; those are already clean, and
	 * checking that is far cheaper than normalizing and matching every cell of a large file.
	 */
	private static boolean isTidyAscii(String value) {
		int last = value.length() - 1;
		for (int i = 0; i <= last; i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c > 0x7E || c == ' ' && (i == 0 || i == last || value.charAt(i - 1) == ' ')) {
				return false;
			}
		}
		return true;
	}

	static String email(String raw) {
		return text(raw);
	}

	/**
	 * Splits a tags cell on semicolons, commas or bars, dropping empty and repeated tags.
	 */
	static Set<String> tags(String raw) {
		if (raw.indexOf(';') < 0 && raw.indexOf(',') < 0 && raw.indexOf('|') < 0) {
			String tag = text(raw);
			return tag.isEmpty() ? Set.of() : Set.of(tag);
		}
		Set<String> tags = new LinkedHashSet<>();
		Arrays.stream(TAG_SEPARATORS.split(raw)).map(Cleaning::text).filter(tag -> !tag.isEmpty()).forEach(tags::add);
		return tags;
	}

	static Set<String> tags(List<String> raw) {
		Set<String> tags = new LinkedHashSet<>();
		raw.forEach(value -> tags.addAll(tags(value)));
		return tags;
	}

}
