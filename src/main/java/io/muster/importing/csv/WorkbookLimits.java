package io.muster.importing.csv;

/**
 * How much an uploaded workbook may unpack to, derived from the file-size limit so that a workbook is held to
 * what a CSV file of that size could hold, with room for what Excel adds around the text.
 *
 * @param unpackedBytes most bytes all the parts of the archive may inflate to together
 * @param textCharacters most characters of text the shared strings, and the cells read from the sheet, may hold
 */
record WorkbookLimits(long unpackedBytes, long textCharacters) {

    /** Excel's markup around a list of users compresses well, so a workbook unpacks to many times its size. */
    private static final long UNPACKED_PER_PACKED = 25;
    private static final long LEAST_UNPACKED = 16L * 1024 * 1024;
    /** Text compresses about four to one, so a file at the size limit may hold this many characters per byte. */
    private static final long CHARACTERS_PER_PACKED_BYTE = 4;

    static WorkbookLimits of(CsvLimits limits) {
        return new WorkbookLimits(Math.max(LEAST_UNPACKED, limits.maxBytes() * UNPACKED_PER_PACKED),
            limits.maxBytes() * CHARACTERS_PER_PACKED_BYTE);
    }
}
