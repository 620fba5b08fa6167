package io.muster.directory;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads tags as people type them: separated by commas, semicolons or bars, as in import files.
 */
final class Tags {

	static final int MAX_LENGTH = 100;

	static final int MAX_TAGS = 20;

	private static final Pattern SEPARATORS = Pattern.compile("[,;|]");

	private Tags() {
	}

	static Set<String> parse(String raw) {
		Set<String> tags = new LinkedHashSet<>();
		Arrays.stream(SEPARATORS.split(raw)).map(String::strip).filter(tag -> !tag.isEmpty()).forEach(tags::add);
		return tags;
	}

	static Optional<String> problem(Set<String> tags) {
		if (tags.size() > MAX_TAGS) {
			return Optional.of("Use at most " + MAX_TAGS + " tags.");
		}
		Optional<String> tooLong = tags.stream().filter(tag -> tag.length() > MAX_LENGTH).findFirst()
			.map(tag -> "Tag \"" + tag.substring(0, 20) + "…\" is longer than " + MAX_LENGTH + " characters.");
		return tooLong.or(() -> VisibleText.tagsProblem(tags));
	}

}
