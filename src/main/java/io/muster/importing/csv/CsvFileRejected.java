package io.muster.importing.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import io.muster.web.Message;

/**
 * Thrown when an uploaded file cannot be imported at all.
 *
 * <p>Its {@link #message()} is written for the administrator who uploaded the file: it says what is wrong and
 * what to do next, as a code of the message bundles ({@code csv.rejected.*}, {@code import.workbook.*}) and
 * its arguments, to be shown in the reader's language. {@link #reason()} lets code react without reading the
 * message; {@link #getMessage()} is the code, for logs.
 */
public final class CsvFileRejected extends RuntimeException {

    /** Why a file was rejected. */
    public enum Reason {
        /** The file is larger than {@link CsvLimits#maxBytes()}. */
        FILE_TOO_LARGE,
        /** The file is not text, for example a workbook, a PDF or an image. */
        NOT_TEXT,
        /** The file holds nothing but blank lines, or nothing at all. */
        EMPTY,
        /** The file holds a header row and no users. */
        HEADER_ONLY,
        /** The header or a row has more columns than {@link CsvLimits#maxColumns()}. */
        TOO_MANY_COLUMNS,
        /** The file has more users than {@link CsvLimits#maxRows()}. */
        TOO_MANY_ROWS,
        /** The file is text but not valid CSV, for example a quoted value that is never closed. */
        UNREADABLE
    }

    private static final long serialVersionUID = 1L;
    private static final long KIBIBYTE = 1024L;
    private static final long MEBIBYTE = KIBIBYTE * KIBIBYTE;
    private static final int MORE_COLUMN_NAMES_SHOWN = 10;

    /** Lets callers react to the kind of problem without reading the message. */
    private final Reason reason;
    private final transient Message message;

    private CsvFileRejected(Reason reason, String code, Object... arguments) {
        super(code, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.message = Message.of(code, arguments);
    }

    /**
     * Returns why the file was rejected.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns what the administrator reads: the code of the message in the bundles and its arguments.
     *
     * @return the message, never null
     */
    public Message message() {
        return message;
    }

    /**
     * Returns the code of the message in the bundles.
     *
     * @return the code, never null
     */
    public String messageCode() {
        return message.code();
    }

    /**
     * Returns the arguments of the coded message.
     *
     * @return a copy of the arguments, empty when there are none
     */
    public Object[] messageArguments() {
        return message.getArguments();
    }

    static CsvFileRejected fileTooLarge(long size, long maxSize) {
        Message limit = humanSize(maxSize, RoundingMode.HALF_UP);
        Message shown = humanSize(size, RoundingMode.HALF_UP);
        // A file just over the limit must not read as "2 MB; at most 2 MB", so round it away from the limit.
        if (shown.equals(limit)) {
            shown = humanSize(size, RoundingMode.UP);
        }
        return new CsvFileRejected(Reason.FILE_TOO_LARGE, "csv.rejected.fileTooLarge", shown, limit);
    }

    static CsvFileRejected notText() {
        return new CsvFileRejected(Reason.NOT_TEXT, "csv.rejected.notText");
    }

    static CsvFileRejected workbookTooLarge(long maxUnpackedBytes) {
        return workbook("import.workbook.tooLarge", humanSize(maxUnpackedBytes, RoundingMode.HALF_UP));
    }

    static CsvFileRejected workbookUnreadable() {
        return workbook("import.workbook.unreadable");
    }

    /** A workbook refused for its shape. */
    static CsvFileRejected workbook(String code, Object... arguments) {
        return new CsvFileRejected(Reason.UNREADABLE, code, arguments);
    }

    static CsvFileRejected empty() {
        return new CsvFileRejected(Reason.EMPTY, "csv.rejected.empty");
    }

    static CsvFileRejected headerOnly() {
        return new CsvFileRejected(Reason.HEADER_ONLY, "csv.rejected.headerOnly");
    }

    static CsvFileRejected tooManyColumns(int found, int max, List<String> names) {
        return new CsvFileRejected(Reason.TOO_MANY_COLUMNS, "csv.rejected.tooManyColumns", found, max,
            columnList(found, max, names));
    }

    static CsvFileRejected tooManyColumnsOnLine(long line, int found, int max) {
        return new CsvFileRejected(Reason.TOO_MANY_COLUMNS, "csv.rejected.tooManyColumnsOnLine", line, found, max);
    }

    static CsvFileRejected columnNameTooLong(int column, int length, int max) {
        return new CsvFileRejected(Reason.UNREADABLE, "csv.rejected.columnNameTooLong", column, length, max);
    }

    static CsvFileRejected tooManyRows(int found, int max) {
        return new CsvFileRejected(Reason.TOO_MANY_ROWS, "csv.rejected.tooManyRows", found, max);
    }

    /** A line that is not CSV; {@code problem} names what is wrong with it ({@code csv.rejected.line.<problem>}). */
    static CsvFileRejected unreadableLine(long line, String problem) {
        return new CsvFileRejected(Reason.UNREADABLE, "csv.rejected.line." + problem, line);
    }

    /** Names every column of an ordinary file but stops early for a header with absurdly many. */
    private static Message columnList(int found, int max, List<String> names) {
        int shown = Math.min(names.size(), Math.min(found, max + MORE_COLUMN_NAMES_SHOWN));
        String list = String.join(", ", names.subList(0, shown));
        return shown < found ? Message.of("csv.columns.andMore", list, found - shown) : Message.of("csv.columns", list);
    }

    /** Uses binary units, as operating systems do, but with the labels administrators know. */
    private static Message humanSize(long bytes, RoundingMode rounding) {
        if (bytes < KIBIBYTE) {
            return Message.of("csv.size.bytes", bytes);
        }
        boolean megabytes = bytes >= MEBIBYTE;
        BigDecimal value = BigDecimal.valueOf(bytes)
            .divide(BigDecimal.valueOf(megabytes ? MEBIBYTE : KIBIBYTE), 1, rounding)
            .stripTrailingZeros();
        return Message.of(megabytes ? "csv.size.megabytes" : "csv.size.kilobytes", value);
    }
}
