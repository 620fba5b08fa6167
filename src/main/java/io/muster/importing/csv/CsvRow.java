package io.muster.importing.csv;

import java.util.List;
import java.util.Objects;

/**
 * One user row of an uploaded file, with its values exactly as written.
 *
 * <p>Values are neither trimmed nor cleaned here; the list is immutable, never null and holds no nulls.
 *
 * @param number the row's position among user rows, starting at 1; the header row is not counted, and a
 *     line break inside a quoted value does not start a new row
 * @param line the physical line of the file on which the row starts, starting at 1
 * @param values the row's values, in column order
 */
public record CsvRow(int number, long line, List<String> values) {

    /**
     * Creates a row holding a copy of the values, so that it cannot change after it was read.
     *
     * @param number the row's position among user rows, at least 1
     * @param line the physical line on which the row starts, at least 1
     * @param values the row's values, not null and without nulls
     * @throws IllegalArgumentException if number or line is below 1
     */
    public CsvRow {
        if (number < 1 || line < 1) {
            throw new IllegalArgumentException("Row number and line start at 1: row " + number + ", line " + line);
        }
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }
}
