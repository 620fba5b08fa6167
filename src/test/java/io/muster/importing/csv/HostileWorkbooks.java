package io.muster.importing.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.muster.importing.csv.RawZip.Content;

/**
 * Workbooks built to take a server down, each small enough to upload, with the refusal each must get.
 */
public final class HostileWorkbooks {

    /** A hostile upload, and the code and arguments of the message that must refuse it. */
    public record Hostile(String name, byte[] bytes, String code, Object... arguments) {

        @Override
        public String toString() {
            return name + " (" + bytes.length / 1024 + " KB)";
        }
    }

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>";
    private static final String SHEET_END = "</sheetData></worksheet>";
    private static final String STRINGS_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Name</t></si><si><t>Email</t></si>";
    private static final long MEGABYTE = 1024 * 1024;
    private static final String FIFTY_MB = "50 MB";

    private static List<Hostile> all;

    private HostileWorkbooks() {
    }

    /** The corpus, built once: the largest parts take a second or two to deflate. */
    public static synchronized List<Hostile> all() {
        if (all == null) {
            all = List.of(junkBetweenEntries(), lyingDataDescriptor(), hugeSharedStrings(), tenMegabyteCell(),
                deepNesting(), farColumn(), millionCellRow(), windowsExplorerZip(), partNameNotUtf8());
        }
        return all;
    }

    /** The first sheet as a 300 MB inline string, hidden from a reader of local headers by four stray bytes. */
    static Hostile junkBetweenEntries() {
        RawZip zip = new RawZip();
        List<Map.Entry<String, Content>> parts = honestParts(Map.of(SHEET, Content.padded(SHEET_START
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>", "x", 300 * MEGABYTE, "</t></is></c></row>"
            + SHEET_END)));
        zip.entry(parts.get(0).getKey(), parts.get(0).getValue()).junk((byte) 'J', (byte) 'U', (byte) 'N', (byte) 'K');
        parts.subList(1, parts.size()).forEach(part -> zip.entry(part.getKey(), part.getValue()));
        return new Hostile("junk-between-entries", zip.build(), "import.workbook.unreadable");
    }

    /** A sheet that inflates to 300 MB while its data descriptor and central directory say 1 KB. */
    static Hostile lyingDataDescriptor() {
        return new Hostile("lying-data-descriptor", build(Map.of(), SHEET, Content.padded(SHEET_START + "<!--", "x",
            300 * MEGABYTE, "-->" + SHEET_END), 1024), "import.workbook.tooLarge", FIFTY_MB);
    }

    /** 300,000 shared strings, the last of them used by a cell, so a reader loads them all. */
    static Hostile hugeSharedStrings() {
        return new Hostile("huge-shared-strings", build(Map.of(
            SHEET, Content.of(SHEET_START + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>299999</v></c></row>" + SHEET_END),
            STRINGS, Content.padded(STRINGS_START, "<si><t>s</t></si>", 300_000, "</sst>"))),
            "import.workbook.tooManyStrings", XmlPartCheck.MOST_SHARED_STRINGS);
    }

    /** One shared string of ten million characters as a user's name. */
    static Hostile tenMegabyteCell() {
        return new Hostile("ten-megabyte-cell", build(Map.of(
            SHEET, Content.of(SHEET_START + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c></row>" + SHEET_END),
            STRINGS, Content.padded(STRINGS_START + "<si><t>", "x", 10 * MEGABYTE, "</t></si></sst>"))),
            "import.workbook.cellTooLong", XmlPartCheck.LONGEST_CELL);
    }

    /** A cell nested a million elements deep. */
    static Hostile deepNesting() {
        return new Hostile("deep-nesting", build(Map.of(SHEET, Content.padded(SHEET_START
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>", "<r>", 1_000_000, "</is></c></row>" + SHEET_END))),
            "import.workbook.tooDeep", XmlPartCheck.DEEPEST_NESTING);
    }

    /** One cell in column ZZZZZZ: a reader that makes room for every column before it fills its memory. */
    static Hostile farColumn() {
        return new Hostile("far-column", build(Map.of(SHEET, Content.of(SHEET_START
            + "<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>Ada</t></is></c></row>" + SHEET_END))),
            "import.workbook.outsideSheet", XmlPartCheck.SHEET_COLUMNS, XmlPartCheck.SHEET_ROWS);
    }

    /** A row of two million empty cells. */
    static Hostile millionCellRow() {
        return new Hostile("million-cell-row", build(Map.of(SHEET, Content.padded(SHEET_START + "<row r=\"2\">",
            "<c/>", 2_000_000, "</row>" + SHEET_END))),
            "import.workbook.outsideSheet", XmlPartCheck.SHEET_COLUMNS, XmlPartCheck.SHEET_ROWS);
    }

    /** What Windows Explorer's "Send to compressed folder" makes of Schüler.csv: a name in code page 437. */
    public static Hostile windowsExplorerZip() {
        byte[] name = "Schüler.csv".getBytes(Charset.forName("IBM437"));
        byte[] zip = new RawZip().legacyNamedEntry(name, Content.of("Name,Email\nAda,ada@example.org\n")).build();
        return new Hostile("windows-explorer-zip", zip, "import.workbook.notWorkbook");
    }

    /** A workbook part whose name says it is UTF-8 and is not. */
    static Hostile partNameNotUtf8() {
        RawZip zip = new RawZip();
        honestParts(Map.of()).forEach(part -> zip.entry(part.getKey(), part.getValue()));
        byte[] name = "xl/media/Schüler.png".getBytes(Charset.forName("IBM437"));
        return new Hostile("part-name-not-utf8", zip.entryFlaggedUtf8(name, Content.of("png")).build(),
            "import.workbook.unreadable");
    }

    private static byte[] build(Map<String, Content> replaced) {
        RawZip zip = new RawZip();
        honestParts(replaced).forEach(part -> zip.entry(part.getKey(), part.getValue()));
        return zip.build();
    }

    private static byte[] build(Map<String, Content> replaced, String lyingPart, Content content, long claimed) {
        RawZip zip = new RawZip();
        honestParts(replaced).forEach(part -> {
            if (part.getKey().equals(lyingPart)) {
                zip.entryWithLyingDescriptor(lyingPart, content, claimed);
            } else {
                zip.entry(part.getKey(), part.getValue());
            }
        });
        return zip.build();
    }

    /** The parts of a workbook of one user, [Content_Types].xml first as Excel writes it, some replaced. */
    private static List<Map.Entry<String, Content>> honestParts(Map<String, Content> replaced) {
        Map<String, String> parts = Workbooks.parts(List.of(List.of("Name", "Email"),
            List.of("Ada Lovelace", "ada@example.org")));
        List<Map.Entry<String, Content>> ordered = new ArrayList<>();
        ordered.add(Map.entry("[Content_Types].xml", Content.of(parts.get("[Content_Types].xml"))));
        parts.forEach((name, text) -> {
            if (!name.equals("[Content_Types].xml")) {
                ordered.add(Map.entry(name, replaced.getOrDefault(name, Content.of(text))));
            }
        });
        return ordered;
    }
}
