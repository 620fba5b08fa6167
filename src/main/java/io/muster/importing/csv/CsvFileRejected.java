package io.muster.importing.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an uploaded file cannot be imported at all.
 *
 * <p>The message is written for the administrator who uploaded the file: it says what is wrong and what
 * to do next, and can be shown as it is. A refusal of a workbook carries a {@link #messageCode()} of the
 * message bundles and its {@link #messageArguments()} instead, to be shown in the reader's language.
 * {@link #reason()} lets code react without reading the message.
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

    /** Lets callers react to the kind of problem without parsing the message. */
    private final Reason reason;
    private final @Nullable String messageCode;
    private final Object[] messageArguments;

    CsvFileRejected(Reason reason, String message) {
        this(reason, message, null, new Object[0]);
    }

    private CsvFileRejected(Reason reason, String message, @Nullable String code, Object[] arguments) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.messageCode = code;
        this.messageArguments = arguments.clone();
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
     * Returns the code of the message in the bundles, when the refusal is said in the reader's language.
     *
     * @return the code, or null when {@link #getMessage()} is the message to show
     */
    public @Nullable String messageCode() {
        return messageCode;
    }

    /**
     * Returns the arguments of the coded message.
     *
     * @return a copy of the arguments, empty when there are none
     */
    public Object[] messageArguments() {
        return messageArguments.clone();
    }

    static CsvFileRejected fileTooLarge(long size, long maxSize) {
        String limit = humanSize(maxSize, RoundingMode.HALF_UP);
        String shown = humanSize(size, RoundingMode.HALF_UP);
        // A file just over the limit must not read as "2 MB; at most 2 MB", so round it away from the limit.
        if (shown.equals(limit)) {
            shown = humanSize(size, RoundingMode.UP);
        }
        return new CsvFileRejected(Reason.FILE_TOO_LARGE,
            "This file is " + shown + "; at most " + limit + " is allowed. Split it into smaller files.");
    }

    static CsvFileRejected notText() {
        return new CsvFileRejected(Reason.NOT_TEXT, "This file does not look like a CSV text file "
            + "(it contains binary data). Save your spreadsheet as CSV and upload that file.");
    }

    static CsvFileRejected workbookTooLarge(long maxUnpackedBytes) {
        return workbook("import.workbook.tooLarge", humanSize(maxUnpackedBytes, RoundingMode.HALF_UP));
    }

    static CsvFileRejected workbookUnreadable() {
        return workbook("import.workbook.unreadable");
    }

    /** A workbook refused for its shape; the code names the message, the message itself names the code. */
    static CsvFileRejected workbook(String code, Object... arguments) {
        return new CsvFileRejected(Reason.UNREADABLE, code, code, arguments);
    }


    static CsvFileRejected empty() {
        return new CsvFileRejected(Reason.EMPTY, "This file is empty. Choose the CSV file that holds your users.");
    }

    static CsvFileRejected headerOnly() {
        return new CsvFileRejected(Reason.HEADER_ONLY, "This file has a header row but no users below it.");
    }

    static CsvFileRejected tooManyColumns(int found, int max, List<String> names) {
        return new CsvFileRejected(Reason.TOO_MANY_COLUMNS, "This file has " + count(found) + " columns; at most "
            + count(max) + " are allowed. Remove the columns you don't need (found: "
            + columnList(found, max, names) + ") and upload it again.");
    }

    static CsvFileRejected tooManyColumnsOnLine(long line, int found, int max) {
        return new CsvFileRejected(Reason.TOO_MANY_COLUMNS, "Line " + count(line) + " has " + count(found)
            + " columns; at most " + count(max) + " are allowed. Remove the values after column " + count(max)
            + " and upload it again.");
    }

    static CsvFileRejected columnNameTooLong(int column, int length, int max) {
        return new CsvFileRejected(Reason.UNREADABLE, "The title of column " + count(column) + " in the first row is "
            + count(length) + " characters long; a column title has at most " + count(max) + ". The first row must "
            + "be the header row, with titles such as Name and Email.");
    }

    static CsvFileRejected tooManyRows(int found, int max) {
        return new CsvFileRejected(Reason.TOO_MANY_ROWS, "This file has " + count(found) + " users; at most "
            + count(max) + " are allowed per file. Split it into files of " + count(max) + " users or fewer.");
    }

    static CsvFileRejected unreadable(String message) {
        return new CsvFileRejected(Reason.UNREADABLE, message);
    }

    /** Names every column of an ordinary file but stops early for a header with absurdly many. */
    private static String columnList(int found, int max, List<String> names) {
        int shown = Math.min(names.size(), Math.min(found, max + MORE_COLUMN_NAMES_SHOWN));
        String list = String.join(", ", names.subList(0, shown));
        return shown < found ? list + ", … and " + count(found - shown) + " more" : list;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Uses binary units, as operating systems do, but with the labels administrators know. */
    private static String humanSize(long bytes, RoundingMode rounding) {
        if (bytes < KIBIBYTE) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        boolean megabytes = bytes >= MEBIBYTE;
        BigDecimal value = BigDecimal.valueOf(bytes)
            .divide(BigDecimal.valueOf(megabytes ? MEBIBYTE : KIBIBYTE), 1, rounding)
            .stripTrailingZeros();
        return value.toPlainString() + (megabytes ? " MB" : " KB");
    }
}
