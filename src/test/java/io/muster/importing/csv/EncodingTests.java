package io.muster.importing.csv;

import static io.muster.importing.csv.TestFiles.concat;
import static io.muster.importing.csv.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files saved in the character sets spreadsheets and editors really use. */
class EncodingTests {

    private static final String GERMAN = "Vorname,Nachname\nJürgen,Müller\n";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private final CsvTableReader reader = CsvTableReader.builder().build();

    @Test
    void stripsUtf8ByteOrderMarkFromFirstHeader() {
        CsvTable table = reader.read(concat(UTF8_BOM, utf8(GERMAN)));

        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.columns()).containsExactly("Vorname", "Nachname");
        assertThat(table.warnings()).isEmpty();
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() {
        CsvTable table = reader.read(concat(UTF16LE_BOM, GERMAN.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(table.columns()).containsExactly("Vorname", "Nachname");
        assertThat(table.sampleRows(1)).containsExactly(List.of("Jürgen", "Müller"));
        assertThat(table.warnings()).isEmpty();
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() {
        CsvTable table = reader.read(concat(UTF16BE_BOM, GERMAN.getBytes(StandardCharsets.UTF_16BE)));

        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(table.columns()).containsExactly("Vorname", "Nachname");
        assertThat(table.sampleRows(1)).containsExactly(List.of("Jürgen", "Müller"));
    }

    @Test
    void keepsAccentsEmojiAndCjkOfPlainUtf8Exactly() {
        String name = "Zoë Ñúñez 🎓 王小明 👩🏽‍🏫";

        CsvTable table = TestFiles.read("Name,Email\n" + name + ",zoe@example.org\n");

        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.warnings()).isEmpty();
        assertThat(table.rows().get(0).values().get(0)).isEqualTo(name);
    }

    @Test
    void readsNonUtf8BytesAsWindows1252WithWarning() {
        Charset windows1252 = Charset.forName("windows-1252");

        CsvTable table = reader.read("Name\nJosé Peña – „Zoë“ €\n".getBytes(windows1252));

        assertThat(table.encoding()).isEqualTo(windows1252);
        assertThat(table.rows().get(0).values()).containsExactly("José Peña – „Zoë“ €");
        assertThat(InEnglish.warnings(table)).singleElement().asString()
            .startsWith("This file is not saved as UTF-8. It was read as Windows-1252 (Western European)");
    }

    @Test
    void pureAsciiIsUtf8WithoutWarning() {
        CsvTable table = TestFiles.read("Name,Email\nAda,ada@example.org\n");

        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.warnings()).isEmpty();
    }

    @Test
    void encodingOverrideWinsOverDetectionWithoutWarning() {
        byte[] latin1 = "Name\nRenée Faÿ\n".getBytes(StandardCharsets.ISO_8859_1);

        CsvTable table = CsvTableReader.builder().encoding(StandardCharsets.ISO_8859_1).read(latin1);

        assertThat(table.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(table.rows().get(0).values()).containsExactly("Renée Faÿ");
        assertThat(table.warnings()).isEmpty();
    }

    @Test
    void encodingOverrideWinsEvenOverValidUtf8() {
        CsvTable table = CsvTableReader.builder().encoding(Charset.forName("windows-1252")).read(utf8(GERMAN));

        assertThat(table.rows().get(0).values()).containsExactly("JÃ¼rgen", "MÃ¼ller");
        assertThat(table.warnings()).isEmpty();
    }

    @Test
    void encodingOverrideStillStripsByteOrderMark() {
        CsvTable table = CsvTableReader.builder().encoding(StandardCharsets.UTF_8).read(concat(UTF8_BOM, utf8(GERMAN)));

        assertThat(table.columns()).containsExactly("Vorname", "Nachname");
    }

    @Test
    void removesZeroWidthCharactersAndPaddingFromHeaderNamesOnly() {
        CsvTable table = TestFiles.read("\u200B Name \u2060, Email\u200D\n\u200BAda ,ada@example.org\n");

        assertThat(table.columns()).containsExactly("Name", "Email");
        assertThat(table.rows().get(0).values()).containsExactly("\u200BAda ", "ada@example.org");
    }
}
