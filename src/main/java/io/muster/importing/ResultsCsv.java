package io.muster.importing;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Writes an import's per-row outcomes as CSV that opens safely in a spreadsheet.
 *
 * <p>The reasons are written in the reader's language. UTF-8 with a byte order mark, so Excel shows accents; cells that a spreadsheet would run
 * as a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe.
 */
final class ResultsCsv {

	private ResultsCsv() {
	}

	static String write(List<ImportRows.RowResult> results, MessageSource messages, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF").append("row,name,email,outcome,reason\r\n");
		for (ImportRows.RowResult result : results) {
			// An account the file left out has no row in it.
			csv.append(result.fromFile() ? String.valueOf(result.rowNumber()) : "").append(',')
				.append(cell(result.fullName())).append(',')
				.append(cell(result.email())).append(',')
				.append(result.outcome() == null ? "PENDING" : result.outcome().name()).append(',')
				.append(cell(result.reason(messages, locale))).append("\r\n");
		}
		return csv.toString();
	}

	static String cell(String value) {
		String inert = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + inert.replace("\"", "\"\"") + "\"";
	}

}
