package io.muster.importing.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.muster.web.Message;

/**
 * Builds a {@link CsvTable} from parsed records, enforcing the limits as records arrive.
 *
 * <p>Blank records are ignored. The first other record is the header when the file has one. Rows beyond
 * {@link CsvLimits#maxRows()} are counted but not kept, so memory stays bounded while the rejection can still
 * say how many users the file holds.
 */
final class TableAssembler {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    /** Column titles are words such as "Email"; a much longer one means the first row is not a header. */
    private static final int LONGEST_COLUMN_NAME = 200;
    /** Longer cells cannot be just an address, and scanning them for one would take quadratic time. */
    private static final int LONGEST_EMAIL_CELL = 400;
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B\\u200C\\u200D\\u2060]");

    private final CsvLimits limits;
    private final boolean hasHeader;
    private final List<CsvRow> rows = new ArrayList<>();
    private List<String> header;
    private Optional<String> emailInHeader = Optional.empty();
    private int rowCount;
    private int widestRow;

    TableAssembler(CsvLimits limits, boolean hasHeader) {
        this.limits = limits;
        this.hasHeader = hasHeader;
    }

    /**
     * Takes the next record of the file.
     *
     * @param parsed the record, in file order
     * @throws CsvFileRejected if the record has more columns than allowed
     */
    void accept(ParsedRecord parsed) {
        if (parsed.blank()) {
            return;
        }
        if (hasHeader && header == null) {
            acceptHeader(parsed);
        } else {
            acceptRow(parsed);
        }
    }

    /**
     * Returns the table of all records taken.
     *
     * @param encoding the charset the file was read with
     * @param separator the separator the file was parsed with
     * @param decodingWarnings warnings from reading the bytes, shown before the table's own
     * @return the table
     * @throws CsvFileRejected if the file holds no users or too many
     */
    CsvTable toTable(Charset encoding, char separator, List<Message> decodingWarnings) {
        if (header == null && rowCount == 0) {
            throw CsvFileRejected.empty();
        }
        if (rowCount == 0) {
            throw CsvFileRejected.headerOnly();
        }
        if (rowCount > limits.maxRows()) {
            throw CsvFileRejected.tooManyRows(rowCount, limits.maxRows());
        }
        List<Message> warnings = new ArrayList<>(decodingWarnings);
        emailInHeader.map(TableAssembler::headerLooksLikeDataWarning).ifPresent(warnings::add);
        return new CsvTable(encoding, separator, hasHeader, emailInHeader.isPresent(), columns(), rows, warnings);
    }

    private void acceptHeader(ParsedRecord parsed) {
        List<String> names = IntStream.range(0, parsed.values().size())
            .mapToObj(i -> columnName(i, parsed.values().get(i)))
            .toList();
        if (parsed.fieldCount() > limits.maxColumns()) {
            throw CsvFileRejected.tooManyColumns(parsed.fieldCount(), limits.maxColumns(), names);
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).length() > LONGEST_COLUMN_NAME) {
                throw CsvFileRejected.columnNameTooLong(i + 1, names.get(i).length(), LONGEST_COLUMN_NAME);
            }
        }
        header = names;
        emailInHeader = parsed.values().stream()
            .filter(value -> value.length() <= LONGEST_EMAIL_CELL)
            .map(EMAIL::matcher)
            .filter(Matcher::find)
            .map(Matcher::group)
            .findFirst();
    }

    private void acceptRow(ParsedRecord parsed) {
        if (parsed.fieldCount() > limits.maxColumns()) {
            throw CsvFileRejected.tooManyColumnsOnLine(parsed.line(), parsed.fieldCount(), limits.maxColumns());
        }
        rowCount++;
        widestRow = Math.max(widestRow, parsed.fieldCount());
        if (rowCount <= limits.maxRows()) {
            rows.add(new CsvRow(rowCount, parsed.line(), parsed.values()));
        }
    }

    private List<String> columns() {
        return hasHeader ? header : IntStream.range(0, widestRow).mapToObj(TableAssembler::numberedColumn).toList();
    }

    /** Spreadsheets leave invisible characters and padding in header cells that would defeat column matching. */
    private static String columnName(int index, String value) {
        String name = INVISIBLE.matcher(value).replaceAll("").strip();
        return name.isEmpty() ? numberedColumn(index) : name;
    }

    private static String numberedColumn(int index) {
        return "Column " + (index + 1);
    }

    private static Message headerLooksLikeDataWarning(String email) {
        return Message.of("csv.warning.headerLooksLikeData", email);
    }
}
