package io.muster.importing.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding the character between values. */
class SeparatorTests {

    @ParameterizedTest(name = "separator [{0}]")
    @ValueSource(chars = {',', ';', '\t', '|'})
    void detectsEachSupportedSeparator(char separator) {
        String s = String.valueOf(separator);
        String text = String.join(s, "Name", "Email", "Tags") + "\n"
            + String.join(s, "Ada Lovelace", "ada@example.org", "staff") + "\n"
            + String.join(s, "Grace Hopper", "grace@example.org", "navy") + "\n";

        CsvTable table = TestFiles.read(text);

        assertThat(table.separator()).isEqualTo(separator);
        assertThat(table.columns()).containsExactly("Name", "Email", "Tags");
        assertThat(table.sampleRows(1)).containsExactly(List.of("Ada Lovelace", "ada@example.org", "staff"));
    }

    @Test
    void ignoresSeparatorsInsideQuotedValuesWhenDetecting() {
        String text = "Name;Email\n"
            + "\"Hopper, Grace\";grace@example.org\n"
            + "\"Lovelace, Ada, Countess\";ada@example.org\n"
            + "\"Turing, Alan\";alan@example.org\n";

        CsvTable table = TestFiles.read(text);

        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.rows()).extracting(row -> row.values().get(0))
            .containsExactly("Hopper, Grace", "Lovelace, Ada, Countess", "Turing, Alan");
    }

    @Test
    void ignoresLineBreaksInsideQuotedValuesWhenDetecting() {
        String text = "Name;Note\n\"Ada\";\"one, two\nthree, four\nfive, six\"\n\"Grace\";\"x, y\"\n";

        assertThat(TestFiles.read(text).separator()).isEqualTo(';');
    }

    @Test
    void keepsCommaForSemicolonsInsideUnquotedValuesOfCommaFile() {
        String text = "Name,Tags\nAda,a;b;c\nGrace,d\nAlan,e;f\n";

        CsvTable table = TestFiles.read(text);

        assertThat(table.separator()).isEqualTo(',');
        assertThat(table.rows().get(0).values()).containsExactly("Ada", "a;b;c");
    }

    @Test
    void prefersSemicolonForGermanFileWithDecimalCommas() {
        String text = "Name;Note\nAda;1,5\nGrace;2,3\nAlan;1,0\n";

        CsvTable table = TestFiles.read(text);

        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.rows().get(0).values()).containsExactly("Ada", "1,5");
    }

    @Test
    void prefersCommaWhenCandidatesAreEquallyConsistent() {
        assertThat(TestFiles.read("a,b;c\nd,e;f\n").separator()).isEqualTo(',');
    }

    @Test
    void fallsBackToCommaForSingleColumnFile() {
        CsvTable table = TestFiles.read("Email\nada@example.org\n");

        assertThat(table.separator()).isEqualTo(',');
        assertThat(table.columns()).containsExactly("Email");
    }

    @Test
    void usesAndDropsExcelSepLine() {
        CsvTable table = TestFiles.read("sep=;\r\nName;Email\r\nAda, Countess;ada@example.org\r\n");

        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.columns()).containsExactly("Name", "Email");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.values()).containsExactly("Ada, Countess", "ada@example.org");
            assertThat(row.line()).isEqualTo(3L);
        });
    }

    @Test
    void sepLineWinsOverWhatTheContentSuggests() {
        CsvTable table = TestFiles.read("sep=|\nName,Email|Tags\nAda,ada@example.org|staff\n");

        assertThat(table.separator()).isEqualTo('|');
        assertThat(table.columns()).containsExactly("Name,Email", "Tags");
    }

    @Test
    void separatorOverrideWinsOverDetection() {
        CsvTable table = CsvTableReader.builder().separator(';')
            .read(TestFiles.utf8("Name,Email\nAda,ada@example.org\n"));

        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.columns()).containsExactly("Name,Email");
    }

    @Test
    void nullSeparatorOverrideMeansDetect() {
        CsvTable table = CsvTableReader.builder().separator(null).read(TestFiles.utf8("Name|Email\nAda|a@b.org\n"));

        assertThat(table.separator()).isEqualTo('|');
    }

    @Test
    void treatsSepWithMoreTextAsOrdinaryHeader() {
        CsvTable table = TestFiles.read("sep=;x,Email\nAda,ada@example.org\n");

        assertThat(table.separator()).isEqualTo(',');
        assertThat(table.columns()).containsExactly("sep=;x", "Email");
    }
}
