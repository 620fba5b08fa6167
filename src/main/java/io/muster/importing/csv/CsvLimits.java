package io.muster.importing.csv;

/**
 * The largest file an administrator may upload in one go.
 *
 * <p>All three limits are positive; a file that exceeds any of them is rejected as a whole before any
 * user is created, so an import never stops half way.
 *
 * @param maxColumns most columns in the header row and in any user row
 * @param maxRows most user rows, not counting the header row
 * @param maxBytes most bytes in the uploaded file
 */
public record CsvLimits(int maxColumns, int maxRows, long maxBytes) {

    private static final long MEBIBYTE = 1024L * 1024L;

    /**
     * Creates limits; a zero limit would reject every file with a message that makes no sense.
     *
     * @param maxColumns most columns, at least 1
     * @param maxRows most user rows, at least 1
     * @param maxBytes most bytes, at least 1
     * @throws IllegalArgumentException if a limit is not positive
     */
    public CsvLimits {
        if (maxColumns < 1 || maxRows < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("CSV limits must be positive: " + maxColumns + " columns, "
                + maxRows + " rows, " + maxBytes + " bytes");
        }
    }

    /**
     * Returns the limits the product promises to administrators.
     *
     * <p>These are 5 columns, 100 users and 2 MiB per file.
     *
     * @return the product's default limits
     */
    public static CsvLimits defaults() {
        return new CsvLimits(5, 100, 2 * MEBIBYTE);
    }
}
