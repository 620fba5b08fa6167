package io.muster.importing.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) into the records a CSV export of it would give,
 * streaming its rows.
 *
 * <p>A workbook is a zip archive, and a small archive can unpack to gigabytes. Before anything is
 * parsed, the archive is unpacked once into nothing, counting: more than a generous multiple of the
 * file-size limit, or more parts than a workbook has, and it is refused.
 */
final class XlsxSheetReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final long UNPACKED_PER_PACKED_LIMIT = 25;
    private static final long LEAST_UNPACKED_LIMIT = 16L * 1024 * 1024;
    private static final int MOST_PARTS = 1_000;

    private XlsxSheetReader() {
    }

    static boolean isWorkbook(byte[] bytes) {
        if (bytes.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (bytes[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Feeds the first sheet's rows to the assembler.
     *
     * @return warnings for the administrator, such as which sheet was read when there are several
     * @throws CsvFileRejected if the workbook unpacks to too much or cannot be read
     */
    static List<String> read(byte[] bytes, CsvLimits limits, int valuesKept, TableAssembler assembler) {
        checkUnpackedSize(bytes, Math.max(LEAST_UNPACKED_LIMIT, limits.maxBytes() * UNPACKED_PER_PACKED_LIMIT));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            if (sheets.isEmpty()) {
                throw CsvFileRejected.workbookUnreadable();
            }
            int[] headerWidth = {0};
            try (Stream<Row> rows = sheets.get(0).openStream()) {
                rows.forEach(row -> {
                    ParsedRecord record = record(row, headerWidth[0], valuesKept);
                    if (headerWidth[0] == 0) {
                        headerWidth[0] = record.fieldCount();
                    }
                    assembler.accept(record);
                });
            }
            return sheets.size() == 1 ? List.of() : List.of("This workbook has " + sheets.size()
                    + " sheets; Muster read only the first one, “" + sheets.get(0).getName() + "”.");
        } catch (IOException | UncheckedIOException | ExcelReaderException ex) {
            throw CsvFileRejected.workbookUnreadable();
        }
    }

    /**
     * Excel does not store empty cells at the end of a row, so a row is padded to the header's width,
     * as a CSV export of it would be.
     */
    private static ParsedRecord record(Row row, int headerWidth, int valuesKept) {
        int filled = 0;
        for (int i = 0; i < row.getCellCount(); i++) {
            if (!row.getCellText(i).isBlank()) {
                filled = i + 1;
            }
        }
        int width = filled == 0 ? 0 : Math.max(filled, headerWidth);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < Math.min(width, valuesKept); i++) {
            values.add(i < row.getCellCount() ? row.getCellText(i) : "");
        }
        return new ParsedRecord(row.getRowNum(), width, List.copyOf(values), filled == 0);
    }

    private static void checkUnpackedSize(byte[] bytes, long limit) {
        byte[] buffer = new byte[64 * 1024];
        long unpacked = 0;
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MOST_PARTS) {
                    throw CsvFileRejected.workbookUnreadable();
                }
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > limit) {
                        throw CsvFileRejected.workbookTooLarge(limit);
                    }
                }
            }
        } catch (IOException ex) {
            throw CsvFileRejected.workbookUnreadable();
        }
        if (parts == 0) {
            throw CsvFileRejected.workbookUnreadable();
        }
    }

}
