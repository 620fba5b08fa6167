package io.muster.importing.csv;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Finds the character that separates values in a file whose separator nobody told us.
 *
 * <p>Each candidate is tried on the first records; the one that splits the most records into the same number
 * of values, more than one, wins. Separators inside quoted values, and line breaks inside quoted values, are
 * ignored as the CSV parser will ignore them. Ties go to the candidate listed first, so plain files stay
 * comma-separated.
 */
final class SeparatorDetector {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final char DEFAULT_SEPARATOR = ',';
    private static final int RECORDS_SAMPLED = 50;
    private static final String EXCEL_SEPARATOR_LINE = "sep=";
    private static final char QUOTE = '"';

    private SeparatorDetector() {
    }

    /**
     * Returns the separator named by a first line such as {@code sep=;}, which Excel writes and reads.
     *
     * @param text the whole file
     * @return the named separator, or empty when the first line is not such a line
     */
    static Optional<Character> declaredSeparator(String text) {
        int length = EXCEL_SEPARATOR_LINE.length() + 1;
        if (text.length() < length || !text.regionMatches(true, 0, EXCEL_SEPARATOR_LINE, 0, length - 1)) {
            return Optional.empty();
        }
        char separator = text.charAt(length - 1);
        boolean lineEnds = text.length() == length || isLineBreak(text.charAt(length));
        return lineEnds && separator != QUOTE && !isLineBreak(separator) ? Optional.of(separator) : Optional.empty();
    }

    /**
     * Guesses the separator of a file without a {@code sep=} line.
     *
     * @param text the whole file
     * @return the best candidate, or a comma when no candidate splits any record
     */
    static char detect(String text) {
        char best = DEFAULT_SEPARATOR;
        int bestScore = 0;
        for (char candidate : CANDIDATES) {
            int score = consistency(text, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Counts the sampled records that share the most common number of values, if that number exceeds one. */
    private static int consistency(String text, char separator) {
        Map<Integer, Integer> recordsByFieldCount = new HashMap<>();
        new RecordScanner(text, separator).forEachFieldCount(RECORDS_SAMPLED,
            count -> recordsByFieldCount.merge(count, 1, Integer::sum));
        return recordsByFieldCount.entrySet().stream()
            .filter(entry -> entry.getKey() > 1)
            .mapToInt(Map.Entry::getValue)
            .max()
            .orElse(0);
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\n';
    }

    /**
     * Splits text into records the way RFC 4180 does, counting values without building them.
     *
     * <p>A quote opens a quoted value only at the start of a value, and a doubled quote inside one stands for
     * a quote, as in the parser. A record in which a closing quote is followed by anything but a separator or
     * a line break is malformed for this separator, and so never supports it. Records holding only separators
     * and whitespace are skipped, as they are on import.
     */
    private static final class RecordScanner {

        private static final int BLANK = 0;
        private static final int MALFORMED = -1;

        private final String text;
        private final char separator;
        private int pos;

        RecordScanner(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        /** Reports the number of values, or a negative number for a malformed record, of the first records. */
        void forEachFieldCount(int maxRecords, IntConsumer action) {
            int records = 0;
            while (records < maxRecords && pos < text.length()) {
                int fieldCount = nextRecordFieldCount();
                if (fieldCount != BLANK) {
                    action.accept(fieldCount);
                    records++;
                }
            }
        }

        private int nextRecordFieldCount() {
            int fields = 1;
            boolean fieldStart = true;
            boolean blank = true;
            boolean malformed = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (fieldStart && c == QUOTE) {
                    malformed |= !skipQuotedValue();
                    blank = false;
                    fieldStart = false;
                } else if (c == separator) {
                    fields++;
                    fieldStart = true;
                } else if (isLineBreak(c)) {
                    skipLineFeedAfterCarriageReturn(c);
                    break;
                } else {
                    blank &= Character.isWhitespace(c) || Character.isSpaceChar(c);
                    fieldStart = false;
                }
            }
            if (malformed) {
                return MALFORMED;
            }
            return blank ? BLANK : fields;
        }

        /** Moves past a quoted value and tells whether it ends where a value may end. */
        private boolean skipQuotedValue() {
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c != QUOTE) {
                    continue;
                }
                if (pos < text.length() && text.charAt(pos) == QUOTE) {
                    pos++;
                } else {
                    return pos == text.length() || text.charAt(pos) == separator || isLineBreak(text.charAt(pos));
                }
            }
            return false;
        }

        private void skipLineFeedAfterCarriageReturn(char c) {
            if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        }
    }
}
