package io.muster.importing;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads the optional separator and encoding of an upload, as people write them.
 */
final class UploadParameters {

	private UploadParameters() {
	}

	static @Nullable Character separator(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case ",", "comma" -> ',';
			case ";", "semicolon" -> ';';
			case "\t", "tab", "\\t" -> '\t';
			case "|", "pipe" -> '|';
			default -> throw ImportRejected.badRequest("import.problem.separator.title",
					"import.problem.separator");
		};
	}

	static @Nullable Charset encoding(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Charset.forName(value.strip());
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw ImportRejected.badRequest("import.problem.encoding.title", "import.problem.encoding",
					value);
		}
	}

}
