package io.muster.importing.csv;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the XML parts of one workbook as they are unpacked and refuses every shape that would make the
 * sheet reader hold more than a list of users needs.
 *
 * <p>The bounds are Excel's own where it has them (the length of a cell, the columns and rows of a sheet),
 * so that no workbook Excel saved is refused; the shared strings, which the sheet reader keeps in memory,
 * are held to {@link WorkbookLimits#textCharacters()} and a count of strings. The parser hands text over in
 * pieces, so a cell of any length is measured without being held.
 */
final class XmlPartCheck {

    static final int LONGEST_CELL = 32_767;
    static final int SHEET_COLUMNS = 16_384;
    static final int SHEET_ROWS = 1_048_576;
    /** Excel's parts nest about ten elements deep; far deeper is only ever built to exhaust a parser. */
    static final int DEEPEST_NESTING = 64;
    /** Enough for the largest list the organization settings allow: 10,000 users with 20 columns. */
    static final int MOST_SHARED_STRINGS = 200_000;

    private static final XMLInputFactory XML = factory();

    private final long mostCharacters;
    private long sharedStrings;
    private long sharedCharacters;

    XmlPartCheck(WorkbookLimits limits) {
        this.mostCharacters = limits.textCharacters();
    }

    /**
     * Reads one part to its end.
     *
     * @throws CsvFileRejected if the part has a shape no workbook for a list of users has
     * @throws XMLStreamException if the part is not well-formed XML
     */
    void check(InputStream part) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(part);
        try {
            Shape shape = new Shape();
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> shape.start(xml);
                    case XMLStreamConstants.END_ELEMENT -> shape.end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        shape.text(xml.getTextLength());
                    case XMLStreamConstants.DTD -> throw CsvFileRejected.workbookUnreadable();
                    default -> {
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    /** Where the parser is in one part: how deep, in which cell or shared string, how much text so far. */
    private final class Shape {

        private int depth;
        private int textDepth;
        private boolean inSharedString;
        private long text;
        private int rowDepth;
        private int cellsInRow;

        void start(XMLStreamReader xml) {
            if (++depth > DEEPEST_NESTING) {
                throw CsvFileRejected.workbook("import.workbook.tooDeep", DEEPEST_NESTING);
            }
            String name = xml.getLocalName();
            if (textDepth == 0) {
                text = 0;
                if ("c".equals(name) || "si".equals(name)) {
                    textDepth = depth;
                    inSharedString = "si".equals(name);
                }
            }
            if ("si".equals(name) && ++sharedStrings > MOST_SHARED_STRINGS) {
                throw CsvFileRejected.workbook("import.workbook.tooManyStrings", MOST_SHARED_STRINGS);
            }
            if ("row".equals(name)) {
                rowDepth = depth;
                cellsInRow = 0;
            } else if ("c".equals(name) && depth == rowDepth + 1) {
                cell(xml.getAttributeValue(null, "r"));
            }
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeValue(i).length() > LONGEST_CELL) {
                    throw CsvFileRejected.workbook("import.workbook.cellTooLong", LONGEST_CELL);
                }
            }
        }

        void end() {
            if (depth == textDepth) {
                textDepth = 0;
                inSharedString = false;
            }
            if (depth == rowDepth) {
                rowDepth = 0;
            }
            if (textDepth == 0) {
                text = 0;
            }
            depth--;
        }

        void text(int length) {
            text += length;
            if (text > LONGEST_CELL) {
                throw CsvFileRejected.workbook("import.workbook.cellTooLong", LONGEST_CELL);
            }
            if (inSharedString) {
                sharedCharacters += length;
                if (sharedCharacters > mostCharacters) {
                    throw CsvFileRejected.workbook("import.workbook.tooMuchText", mostCharacters);
                }
            }
        }

        /** The sheet reader makes room for every column up to a cell's, so a far one would fill the memory. */
        private void cell(String reference) {
            if (++cellsInRow > SHEET_COLUMNS || reference != null && !insideSheet(reference)) {
                throw CsvFileRejected.workbook("import.workbook.outsideSheet", SHEET_COLUMNS, SHEET_ROWS);
            }
        }
    }

    private static boolean insideSheet(String reference) {
        int i = 0;
        long column = 0;
        for (; i < reference.length() && isLetter(reference.charAt(i)); i++) {
            column = column * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
            if (column > SHEET_COLUMNS) {
                return false;
            }
        }
        long row = 0;
        for (; i < reference.length() && reference.charAt(i) >= '0' && reference.charAt(i) <= '9'; i++) {
            row = row * 10 + reference.charAt(i) - '0';
            if (row > SHEET_ROWS) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
