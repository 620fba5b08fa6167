package io.muster.importing.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.web.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Line ends, blank lines, quoting, headers and row numbering. */
class StructureTests {

    @ParameterizedTest(name = "line end {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void acceptsEveryLineEnd(String lineEnd) {
        String text = String.join(lineEnd, "Name,Email", "Ada,ada@example.org", "Grace,grace@example.org") + lineEnd;

        CsvTable table = TestFiles.read(text);

        assertThat(table.columns()).containsExactly("Name", "Email");
        assertThat(table.sampleRows(5)).containsExactly(
            List.of("Ada", "ada@example.org"), List.of("Grace", "grace@example.org"));
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2L, 3L);
    }

    @Test
    void acceptsMixedLineEndsAndMissingFinalLineEnd() {
        CsvTable table = TestFiles.read("Name\r\nAda\nGrace\rAlan");

        assertThat(table.rows()).extracting(row -> row.values().get(0)).containsExactly("Ada", "Grace", "Alan");
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2L, 3L, 4L);
    }

    @Test
    void ignoresBlankLinesWithoutCountingThemAsUsers() {
        CsvTable table = TestFiles.read("\n\nName,Email\n\nAda,ada@example.org\n   \n,,\n \t, \n\nGrace,g@example.org\n\n");

        assertThat(table.columns()).containsExactly("Name", "Email");
        assertThat(table.rows()).extracting(CsvRow::number).containsExactly(1, 2);
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(5L, 10L);
    }

    @Test
    void keepsRowsWithSomeEmptyValues() {
        CsvTable table = TestFiles.read("Name,Email\n,ada@example.org\nGrace,\n");

        assertThat(table.sampleRows(2)).containsExactly(List.of("", "ada@example.org"), List.of("Grace", ""));
    }

    @Test
    void quotedLineBreakStaysInOneRowNumberedByUsersAndStartLine() {
        CsvTable table = TestFiles.read("Name,Email\r\n\"Ada\r\nLovelace\",ada@example.org\r\n\"Grace\n\nHopper\",g@x.org\r\n"
            + "Alan,alan@example.org\r\n");

        assertThat(table.rows()).extracting(CsvRow::number).containsExactly(1, 2, 3);
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2L, 4L, 7L);
        assertThat(table.rows().get(0).values().get(0)).isEqualTo("Ada\r\nLovelace");
        assertThat(table.rows().get(1).values().get(0)).isEqualTo("Grace\n\nHopper");
    }

    @Test
    void turnsDoubledQuotesIntoOneQuote() {
        CsvTable table = TestFiles.read("Name,Note\n\"Ada \"\"The Countess\"\" Lovelace\",\"\"\"\"\n");

        assertThat(table.rows().get(0).values()).containsExactly("Ada \"The Countess\" Lovelace", "\"");
    }

    @Test
    void keepsQuotesInsideUnquotedValuesAsWritten() {
        CsvTable table = TestFiles.read("Name,Email\nDwayne \"The Rock\" Johnson,rock@example.org\n");

        assertThat(table.rows().get(0).values()).containsExactly("Dwayne \"The Rock\" Johnson", "rock@example.org");
    }

    @Test
    void keepsRowsWithFewerOrMoreValuesThanHeaderForTheImportToReport() {
        CsvTable table = TestFiles.read("Name,Email\nAda\nGrace,g@example.org,extra\n");

        assertThat(table.columns()).containsExactly("Name", "Email");
        assertThat(table.sampleRows(2)).containsExactly(List.of("Ada"), List.of("Grace", "g@example.org", "extra"));
    }

    @Test
    void namesBlankHeaderCellsByPosition() {
        CsvTable table = TestFiles.read("Name, ,Email,\"\"\nAda,x,ada@example.org,y\n");

        assertThat(table.columns()).containsExactly("Name", "Column 2", "Email", "Column 4");
    }

    @Test
    void namesColumnsByPositionWithoutHeaderUsingWidestRow() {
        CsvTable table = CsvTableReader.builder().hasHeader(false)
            .read(TestFiles.utf8("Ada,ada@example.org\nGrace,g@example.org,staff\n"));

        assertThat(table.hasHeader()).isFalse();
        assertThat(table.columns()).containsExactly("Column 1", "Column 2", "Column 3");
        assertThat(table.rows()).extracting(CsvRow::number).containsExactly(1, 2);
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(1L, 2L);
    }

    @Test
    void expectsHeaderWhenToldNothingOrTrue() {
        byte[] file = TestFiles.utf8("Name\nAda\n");

        assertThat(CsvTableReader.builder().hasHeader(null).read(file).columns()).containsExactly("Name");
        assertThat(CsvTableReader.builder().hasHeader(true).read(file).columns()).containsExactly("Name");
    }

    @Test
    void doesNotWarnAboutOrdinaryHeader() {
        CsvTable table = TestFiles.read("Name,Email,E-Mail-Adresse (z.B. a@b)\nAda,ada@example.org,x\n");

        assertThat(table.headerLooksLikeData()).isFalse();
        assertThat(table.warnings()).isEmpty();
    }

    @Test
    void warnsAboutHeaderHoldingEmailAfterEncodingWarning() {
        byte[] file = "Renée,renee@example.fr\nAda,ada@example.org\n".getBytes(TextDecoder.WINDOWS_1252);

        CsvTable table = CsvTableReader.builder().read(file);

        assertThat(table.headerLooksLikeData()).isTrue();
        assertThat(table.warnings()).hasSize(2);
        assertThat(table.warnings().get(0)).isEqualTo(TextDecoder.WINDOWS_1252_WARNING);
        assertThat(InEnglish.warnings(table).get(1)).contains("renee@example.fr", "skipped as a header");
    }

    @Test
    void tableIsImmutable() {
        CsvTable table = TestFiles.read("Name\nAda\n");

        assertThatThrownBy(() -> table.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.columns().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.rows().get(0).values().set(0, "x"))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.warnings().add(Message.of("x"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rowCopiesValuesGivenToIt() {
        List<String> values = new ArrayList<>(List.of("Ada"));
        CsvRow row = new CsvRow(1, 2, values);

        values.set(0, "Grace");

        assertThat(row.values()).containsExactly("Ada");
    }

    @Test
    void sampleRowsReturnsAtMostTheRowsThereAre() {
        CsvTable table = TestFiles.read("Name\nAda\nGrace\nAlan\n");

        assertThat(table.sampleRows(2)).containsExactly(List.of("Ada"), List.of("Grace"));
        assertThat(table.sampleRows(10)).hasSize(3);
        assertThat(table.sampleRows(0)).isEmpty();
        assertThatThrownBy(() -> table.sampleRows(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsEveryValueWhenColumnLimitIsHuge() {
        CsvTableReader lenient = CsvTableReader.builder()
            .limits(new CsvLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE)).build();

        assertThat(lenient.read(TestFiles.utf8("A,B\n1,2\n")).sampleRows(1)).containsExactly(List.of("1", "2"));
    }

    @Test
    void readerCanBeReusedForManyFiles() {
        CsvTableReader reader = CsvTableReader.builder().build();

        assertThat(reader.read(TestFiles.utf8("A;B\n1;2\n")).separator()).isEqualTo(';');
        assertThat(reader.read(TestFiles.utf8("A,B\n1,2\n")).separator()).isEqualTo(',');
    }

    @Test
    void rejectsQuoteOrLineBreakAsSeparatorOverride() {
        assertThatThrownBy(() -> CsvTableReader.builder().separator('"')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvTableReader.builder().separator('\n')).isInstanceOf(IllegalArgumentException.class);
    }
}
