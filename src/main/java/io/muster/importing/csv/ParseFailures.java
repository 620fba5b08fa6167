package io.muster.importing.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites FastCSV's parse errors as messages an administrator can act on.
 *
 * <p>FastCSV reports problems in English for developers and names the line only inside its message, so the
 * line is taken from there, falling back to the line of the record being parsed.
 */
final class ParseFailures {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private ParseFailures() {
    }

    /**
     * Translates a parse error.
     *
     * @param failure the error FastCSV threw
     * @param currentLine the line on which the record being parsed started
     * @return a rejection with reason {@link CsvFileRejected.Reason#UNREADABLE} that names the line
     */
    static CsvFileRejected toRejection(CsvParseException failure, long currentLine) {
        String details = allMessages(failure);
        long line = lineIn(details, currentLine);
        if (details.contains("Unclosed quoted field")) {
            return CsvFileRejected.unreadableLine(line, "unclosedQuote");
        }
        if (details.contains("after closing quote")) {
            return CsvFileRejected.unreadableLine(line, "textAfterQuote");
        }
        if (details.contains("maximum buffer size")) {
            return CsvFileRejected.unreadableLine(line, "valueTooLong");
        }
        return CsvFileRejected.unreadableLine(line, "notCsv");
    }

    private static long lineIn(String details, long fallback) {
        Matcher matcher = LINE.matcher(details);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : Math.max(fallback, 1);
    }

    private static String allMessages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
