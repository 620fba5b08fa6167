package io.muster.importing.csv;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

import io.muster.web.Message;

/**
 * The contents of an accepted file, together with what was learned about its format.
 *
 * <p>All lists are immutable and hold no nulls. The table holds at least one row and never more rows or
 * columns than the {@link CsvLimits} it was read with.
 *
 * @param encoding the character set the file was read with
 * @param separator the character between values, worth showing to the administrator when it is not a comma
 * @param hasHeader whether the first row was taken as column names rather than as a user
 * @param headerLooksLikeData whether the header row holds an email address and so is probably a user
 * @param columns the column names: the trimmed header values, or "Column 1", "Column 2", ... without a header
 * @param rows the user rows, in file order
 * @param warnings messages for the administrator about doubtful guesses, in the order they were made, as codes
 *     of the message bundles with their arguments
 */
public record CsvTable(
    Charset encoding,
    char separator,
    boolean hasHeader,
    boolean headerLooksLikeData,
    List<String> columns,
    List<CsvRow> rows,
    List<Message> warnings) {

    /**
     * Creates a table holding copies of the lists, so that it cannot change after it was read.
     *
     * @param encoding the character set the file was read with, not null
     * @param separator the character between values
     * @param hasHeader whether the first row was taken as column names
     * @param headerLooksLikeData whether the header row is probably a user
     * @param columns the column names, not null and without nulls
     * @param rows the user rows, not null and without nulls
     * @param warnings messages for the administrator, not null and without nulls
     */
    public CsvTable {
        Objects.requireNonNull(encoding, "encoding");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /**
     * Returns the values of the first rows, for a preview.
     *
     * <p>The result is immutable and holds {@code min(n, rows().size())} rows.
     *
     * @param n how many rows to return; must not be negative
     * @return the values of the first {@code n} rows
     */
    public List<List<String>> sampleRows(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Sample size must not be negative: " + n);
        }
        return rows.stream().limit(n).map(CsvRow::values).toList();
    }
}
