package io.muster.importing.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small .xlsx workbooks the way Excel lays them out (shared strings, one part per sheet), for tests.
 */
public final class Workbooks {

    private Workbooks() {
    }

    /** A workbook with one sheet per list of rows; every cell is text. */
    @SafeVarargs
    public static byte[] xlsx(List<List<String>>... sheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts(sheets).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /** The parts of such a workbook by name, in the order Excel writes them, for tests that spoil one. */
    @SafeVarargs
    public static Map<String, String> parts(List<List<String>>... sheets) {
        List<String> strings = new ArrayList<>();
        Map<String, String> zip = new LinkedHashMap<>();
        StringBuilder overrides = new StringBuilder();
        StringBuilder sheetList = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        for (int s = 1; s <= sheets.length; s++) {
            overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(s).append(".xml\" ContentType=\"")
                .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            sheetList.append("<sheet name=\"Sheet").append(s).append("\" sheetId=\"").append(s)
                .append("\" r:id=\"rId").append(s).append("\"/>");
            relations.append("<Relationship Id=\"rId").append(s).append("\" Type=\"http://schemas.openxmlformats.org/")
                .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(s)
                .append(".xml\"/>");
            zip.put("xl/worksheets/sheet" + s + ".xml", sheet(sheets[s - 1], strings));
        }
        relations.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/")
            .append("relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        zip.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
            + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
            + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
            + "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" + overrides
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
        zip.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
            + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
            + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
            + "xl/workbook.xml\"/></Relationships>");
        zip.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
            + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" + sheetList
            + "</sheets></workbook>");
        zip.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
            + "http://schemas.openxmlformats.org/package/2006/relationships\">" + relations + "</Relationships>");
        zip.put("xl/sharedStrings.xml", sharedStrings(strings));
        return zip;
    }

    private static String sheet(List<List<String>> rows, List<String> strings) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                strings.add(row.get(c));
                xml.append("<c r=\"").append(column(c)).append(r + 1).append("\" t=\"s\"><v>")
                    .append(strings.size() - 1).append("</v></c>");
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static String sharedStrings(List<String> strings) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + strings.size() + "\">");
        strings.forEach(value -> xml.append("<si><t xml:space=\"preserve\">").append(escape(value)).append("</t></si>"));
        return xml.append("</sst>").toString();
    }

    private static String column(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : column(index / 26 - 1) + (char) ('A' + index % 26);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
