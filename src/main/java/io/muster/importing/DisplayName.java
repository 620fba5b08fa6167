package io.muster.importing;

import java.util.regex.Pattern;

/**
 * The name an import is listed and mailed under, made from whatever name a browser sent with the file:
 * without a folder, control or direction-changing characters, and cut to what {@code import_job.file_name}
 * holds, keeping the extension so that the name still says what kind of file it was.
 */
final class DisplayName {

	static final int LONGEST = 255;

	private static final String UNNAMED = "upload.csv";

	private static final String CUT = "…";

	private static final int LONGEST_EXTENSION = 10;

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

	private DisplayName() {
	}

	static String of(String sent) {
		String name = INVISIBLE.matcher(sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1))
			.replaceAll("")
			.strip();
		if (name.isEmpty()) {
			return UNNAMED;
		}
		return name.length() <= LONGEST ? name : cut(name);
	}

	private static String cut(String name) {
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= LONGEST_EXTENSION + 1
				&& name.substring(dot).codePoints().noneMatch(Character::isWhitespace) ? name.substring(dot) : "";
		int end = LONGEST - CUT.length() - extension.length();
		if (Character.isHighSurrogate(name.charAt(end - 1))) {
			end--;
		}
		return name.substring(0, end).stripTrailing() + CUT + extension;
	}

}
