package io.muster.importing.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Receives values from the FastCSV parser and turns each record into a {@link ParsedRecord}.
 *
 * <p>Only the first values of a record are kept, while all of them are counted. A hostile line with a
 * million separators therefore costs a counter, not a million strings, and can still be rejected with the
 * number of columns it has.
 */
final class RecordCollector extends AbstractBaseCsvCallbackHandler<ParsedRecord> {

    private final int valuesKept;
    private final List<String> values = new ArrayList<>();
    private boolean blank;

    /**
     * Creates a collector that keeps the given number of values per record.
     *
     * @param valuesKept how many values of each record to keep; the rest are only counted
     */
    RecordCollector(int valuesKept) {
        this.valuesKept = valuesKept;
    }

    /**
     * Returns the line on which the record being parsed starts.
     *
     * @return the starting line of the current record, or 0 before the first
     */
    long currentLine() {
        return getStartingLineNumber();
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        values.clear();
        blank = true;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        if (fieldIdx < valuesKept) {
            values.add(new String(buf, offset, len));
        }
        blank = blank && isBlank(buf, offset, len);
    }

    @Override
    protected ParsedRecord buildRecord() {
        return new ParsedRecord(getStartingLineNumber(), getFieldCount(), values, blank);
    }

    private static boolean isBlank(char[] buf, int offset, int len) {
        for (int i = offset; i < offset + len; i++) {
            if (!Character.isWhitespace(buf[i]) && !Character.isSpaceChar(buf[i])) {
                return false;
            }
        }
        return true;
    }
}
