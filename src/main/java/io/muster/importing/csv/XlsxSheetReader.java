package io.muster.importing.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import io.muster.web.Message;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) into the records a CSV export of it would give,
 * streaming its rows.
 *
 * <p>A workbook is a zip archive, and a small archive can unpack to gigabytes. The sheet is therefore
 * read from the {@link WorkbookArchive#checkedCopy checked copy} of the upload, never from the upload itself,
 * and the text taken from its cells is held to {@link WorkbookLimits#textCharacters()}.
 */
final class XlsxSheetReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

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
     * @throws CsvFileRejected if the workbook breaks a limit or cannot be read
     */
    static List<Message> read(byte[] bytes, CsvLimits limits, int valuesKept, TableAssembler assembler) {
        WorkbookLimits workbookLimits = WorkbookLimits.of(limits);
        byte[] checked = WorkbookArchive.checkedCopy(bytes, workbookLimits);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(checked))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            if (sheets.isEmpty()) {
                throw CsvFileRejected.workbookUnreadable();
            }
            readRows(sheets.get(0), new KeptText(limits.maxRows(), workbookLimits), valuesKept, assembler);
            return sheets.size() == 1 ? List.of()
                : List.of(Message.of("csv.warning.firstSheetOnly", sheets.size(), sheets.get(0).getName()));
        } catch (CsvFileRejected rejected) {
            throw rejected;
        } catch (IOException | RuntimeException damaged) {
            // The sheet reader fails on damaged parts in many ways, number formats and missing parts among them.
            throw CsvFileRejected.workbookUnreadable();
        }
    }

    private static void readRows(Sheet sheet, KeptText text, int valuesKept, TableAssembler assembler)
        throws IOException {
        int[] headerWidth = {0};
        try (Stream<Row> rows = sheet.openStream()) {
            rows.forEach(row -> {
                ParsedRecord record = record(row, headerWidth[0], valuesKept);
                if (headerWidth[0] == 0) {
                    headerWidth[0] = record.fieldCount();
                }
                text.add(record);
                assembler.accept(record);
            });
        }
    }

    /**
     * Holds the text of the rows the table keeps (the header and up to the most users) to the limit; the
     * rows after them are only counted, so their text does not stay in memory.
     */
    private static final class KeptText {

        private final long keptRecords;
        private final long mostCharacters;
        private long records;
        private long characters;

        KeptText(int maxRows, WorkbookLimits limits) {
            this.keptRecords = maxRows + 1L;
            this.mostCharacters = limits.textCharacters();
        }

        void add(ParsedRecord record) {
            if (record.blank() || ++records > keptRecords) {
                return;
            }
            characters += record.values().stream().mapToLong(String::length).sum();
            if (characters > mostCharacters) {
                throw CsvFileRejected.workbook("import.workbook.tooMuchText", mostCharacters);
            }
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

}
