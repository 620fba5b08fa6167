package io.muster.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes an import's per-row outcomes, or its undo's, as CSV that opens safely in a spreadsheet.
 *
 * <p>The reasons are written in the reader's language. UTF-8 with a byte order mark, so Excel shows accents; cells that a spreadsheet would run
 * as a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe.
 */
final class ResultsCsv {

	private ResultsCsv() {
	}

	static String write(List<ImportRows.RowResult> results, MessageSource messages, Locale locale) {
		// An account the file left out has no row in it.
		return write(results.stream().map(result -> new Line(result.fromFile() ? String.valueOf(result.rowNumber()) : "",
				result.fullName(), result.email(), result.outcome() == null ? "PENDING" : result.outcome().name(),
				result.reason(messages, locale))));
	}

	static String writeUndo(List<Undos.UndoResult> results, MessageSource messages, Locale locale) {
		return write(results.stream().map(result -> new Line(String.valueOf(result.rowNumber()), result.fullName(),
				result.email(), result.outcome().name(), result.reason(messages, locale))));
	}

	private static String write(Stream<Line> lines) {
		StringBuilder csv = new StringBuilder("\uFEFF").append("row,name,email,outcome,reason\r\n");
		lines.forEach(line -> csv.append(line.row()).append(',')
			.append(cell(line.name())).append(',')
			.append(cell(line.email())).append(',')
			.append(line.outcome()).append(',')
			.append(cell(line.reason())).append("\r\n"));
		return csv.toString();
	}

	/**
	 * A CSV file as a download of this name.
	 */
	static ResponseEntity<String> attachment(String fileName, String csv) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv);
	}

	static String cell(String value) {
		String inert = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + inert.replace("\"", "\"\"") + "\"";
	}

	private record Line(String row, String name, String email, String outcome, String reason) {
	}

}
