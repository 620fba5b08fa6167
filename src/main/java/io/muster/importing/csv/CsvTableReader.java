package io.muster.importing.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.muster.web.Message;

/**
 * Reads an uploaded CSV file into a {@link CsvTable}, or rejects it with a message the administrator can act on.
 *
 * <p>An Excel workbook (.xlsx) is read too: its first sheet gives the same table a CSV export of it would.
 *
 * <p>The reader works out the character set and the separator, strips a byte order mark and Excel's
 * {@code sep=} line, ignores blank lines and enforces {@link CsvLimits}. Values are returned exactly as written;
 * trimming and validating them is left to the import. Any problem that stops the whole file from being read
 * ends in a {@link CsvFileRejected}, never in another exception. Instances are immutable and thread-safe.
 */
public final class CsvTableReader {

    private static final char QUOTE = '"';
    /** Enough extra header names for the rejection message to show what kind of file was uploaded. */
    private static final int EXTRA_VALUES_KEPT = 10;

    private final CsvLimits limits;
    private final Character separator;
    private final Charset encoding;
    private final boolean hasHeader;

    private CsvTableReader(Builder builder) {
        this.limits = builder.limits;
        this.separator = builder.separator;
        this.encoding = builder.encoding;
        this.hasHeader = builder.hasHeader == null || builder.hasHeader;
    }

    /**
     * Starts configuring a reader.
     *
     * <p>Without further settings the reader uses {@link CsvLimits#defaults()}, detects separator and
     * character set, and expects a header row.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Refuses a file by its size alone, so that an upload over the limit is never read into memory.
     *
     * @param size the file's size in bytes
     * @throws CsvFileRejected if the file is larger than the limits allow
     */
    public void checkSize(long size) {
        if (size > limits.maxBytes()) {
            throw CsvFileRejected.fileTooLarge(size, limits.maxBytes());
        }
    }

    /**
     * Reads the whole content of an uploaded file.
     *
     * <p>The returned table has at least one row and respects every limit.
     *
     * @param bytes the file's content
     * @return the file's columns and rows, with warnings about doubtful guesses
     * @throws CsvFileRejected if the file cannot be imported at all
     */
    public CsvTable read(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        checkSize(bytes.length);
        if (bytes.length == 0) {
            throw CsvFileRejected.empty();
        }
        if (XlsxSheetReader.isWorkbook(bytes)) {
            return readWorkbook(bytes);
        }
        DecodedText decoded = TextDecoder.decode(bytes, encoding);
        Optional<Character> declared = SeparatorDetector.declaredSeparator(decoded.text());
        char chosen = Optional.ofNullable(separator)
            .or(() -> declared)
            .orElseGet(() -> SeparatorDetector.detect(decoded.text()));
        TableAssembler assembler = new TableAssembler(limits, hasHeader);
        parse(decoded.text(), chosen, declared.isPresent(), assembler);
        return assembler.toTable(decoded.charset(), chosen, decoded.warnings());
    }

    private CsvTable readWorkbook(byte[] bytes) {
        TableAssembler assembler = new TableAssembler(limits, hasHeader);
        List<Message> warnings = XlsxSheetReader.read(bytes, limits, valuesKept(), assembler);
        return assembler.toTable(StandardCharsets.UTF_8, ',', warnings);
    }

    /** Saturates so that a limit near Integer.MAX_VALUE cannot overflow into keeping nothing. */
    private int valuesKept() {
        return (int) Math.min(Integer.MAX_VALUE, (long) limits.maxColumns() + EXTRA_VALUES_KEPT);
    }

    private void parse(String text, char fieldSeparator, boolean skipSeparatorLine, TableAssembler assembler) {
        RecordCollector collector = new RecordCollector(valuesKept());
        // A reader over a String holds no resources, so it is not closed.
        CsvReader<ParsedRecord> reader = CsvReader.builder()
            .fieldSeparator(fieldSeparator)
            .skipEmptyLines(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .allowUnclosedQuote(false)
            .build(collector, text);
        try {
            if (skipSeparatorLine) {
                reader.skipLines(1);
            }
            reader.forEach(assembler::accept);
        } catch (CsvParseException failure) {
            throw ParseFailures.toRejection(failure, collector.currentLine());
        }
    }

    /**
     * Configures a {@link CsvTableReader}; every setting is optional.
     *
     * <p>Builders are not thread-safe; the readers they build are.
     */
    public static final class Builder {

        private CsvLimits limits = CsvLimits.defaults();
        private Character separator;
        private Charset encoding;
        private Boolean hasHeader;

        private Builder() {
        }

        /**
         * Sets the limits a file must respect.
         *
         * @param limits the limits, not null; {@link CsvLimits#defaults()} when not set
         * @return this builder
         */
        public Builder limits(CsvLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets the separator to use instead of detecting one, for when the administrator chose it.
         *
         * @param separator the separator, or null to detect it; never a quote or a line break
         * @return this builder
         */
        public Builder separator(Character separator) {
            if (separator != null && (separator == QUOTE || separator == '\r' || separator == '\n')) {
                throw new IllegalArgumentException("A quote or line break cannot separate values");
            }
            this.separator = separator;
            return this;
        }

        /**
         * Sets the character set to use instead of detecting one, for when the administrator chose it.
         *
         * <p>No warning about the character set is given then; a leading byte order mark is still removed.
         *
         * @param encoding the character set, or null to detect it
         * @return this builder
         */
        public Builder encoding(Charset encoding) {
            this.encoding = encoding;
            return this;
        }

        /**
         * Says whether the first row holds column names.
         *
         * @param hasHeader true or false to decide, or null for the product's default: a header row is expected
         * @return this builder
         */
        public Builder hasHeader(Boolean hasHeader) {
            this.hasHeader = hasHeader;
            return this;
        }

        /**
         * Builds a reader with the current settings.
         *
         * @return a new immutable reader
         */
        public CsvTableReader build() {
            return new CsvTableReader(this);
        }

        /**
         * Builds a reader with the current settings and reads one file with it.
         *
         * @param bytes the file's content
         * @return the same table {@code build().read(bytes)} returns
         * @throws CsvFileRejected if the file cannot be imported at all
         */
        public CsvTable read(byte[] bytes) {
            return build().read(bytes);
        }
    }
}
