package io.muster.importing.csv;

import static io.muster.importing.csv.TestFiles.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The files administrators really upload, each read as the shared samples README promises. */
class SampleFilesTests {

    private final CsvTableReader reader = CsvTableReader.builder().build();

    @Test
    void readsFullNameFileWithHeaderAndThreeUsers() {
        CsvTable table = reader.read(sample("full-name.csv"));

        assertThat(table.columns()).containsExactly("Name", "Email");
        assertThat(table.separator()).isEqualTo(',');
        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.warnings()).isEmpty();
        assertThat(table.rows()).extracting(CsvRow::number).containsExactly(1, 2, 3);
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2L, 3L, 4L);
        assertThat(table.rows().get(0).values()).containsExactly("Ada Lovelace", "ada.lovelace@example.org");
        assertThat(ColumnSuggester.suggest(table.columns()))
            .containsExactly(Map.entry(ColumnRole.FULL_NAME, "Name"), Map.entry(ColumnRole.EMAIL, "Email"));
    }

    @Test
    void keepsSemicolonTagsInsideQuotedCellAsOneValue() {
        CsvTable table = reader.read(sample("first-last-tags-password.csv"));

        assertThat(table.columns()).containsExactly("First Name", "Last Name", "Email", "Tags", "Password");
        assertThat(table.separator()).isEqualTo(',');
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).values())
            .containsExactly("Maria", "García", "maria.garcia@example.org", "grade-9;spring", "Sunflower-42");
        assertThat(table.rows().get(2).values()).element(3).isEqualTo("grade-10;honors");
        assertThat(ColumnSuggester.suggest(table.columns())).containsExactly(
            Map.entry(ColumnRole.FIRST_NAME, "First Name"),
            Map.entry(ColumnRole.LAST_NAME, "Last Name"),
            Map.entry(ColumnRole.EMAIL, "Email"),
            Map.entry(ColumnRole.TAGS, "Tags"),
            Map.entry(ColumnRole.PASSWORD, "Password"));
    }

    @Test
    void readsGermanExcelExportWithBomSemicolonsAndCrlf() {
        CsvTable table = reader.read(sample("excel-semicolon-bom.csv"));

        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.warnings()).isEmpty();
        assertThat(table.columns()).containsExactly("Vorname", "Nachname", "E-Mail", "Tags");
        assertThat(table.columns().get(0)).isEqualTo("Vorname").hasSize(7);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).values())
            .containsExactly("Jürgen", "Müller", "juergen.mueller@example.de", "Klasse 7a");
        assertThat(table.rows().get(1).values()).last().isEqualTo("Klasse 7a");
        assertThat(ColumnSuggester.suggest(table.columns())).containsExactly(
            Map.entry(ColumnRole.FIRST_NAME, "Vorname"),
            Map.entry(ColumnRole.LAST_NAME, "Nachname"),
            Map.entry(ColumnRole.EMAIL, "E-Mail"),
            Map.entry(ColumnRole.TAGS, "Tags"));
    }

    @Test
    void readsWindows1252FileWithoutMojibakeAndWarns() {
        CsvTable table = reader.read(sample("windows-1252.csv"));

        assertThat(table.encoding()).isEqualTo(TextDecoder.WINDOWS_1252);
        assertThat(table.warnings()).containsExactly(TextDecoder.WINDOWS_1252_WARNING);
        assertThat(InEnglish.warnings(table).get(0)).contains("not saved as UTF-8", "Windows-1252", "CSV UTF-8");
        assertThat(table.sampleRows(2)).containsExactly(
            List.of("José", "Peña", "jose.pena@example.org"),
            List.of("Renée", "Faÿ", "renee.fay@example.org"));
    }

    @Test
    void warnsThatFirstRowOfFileWithoutHeaderLooksLikeUser() {
        CsvTable table = reader.read(sample("no-header.csv"));

        assertThat(table.headerLooksLikeData()).isTrue();
        assertThat(table.hasHeader()).isTrue();
        assertThat(InEnglish.warnings(table)).containsExactly("The first row looks like a user (it holds the email address "
            + "ada.lovelace@example.org), not a header. It will be skipped as a header unless you say the file has "
            + "no header row.");
        assertThat(table.sampleRows(10)).containsExactly(List.of("Grace Hopper", "grace.hopper@example.org"));
    }

    @Test
    void readsFileWithoutHeaderAsUsersWhenToldSo() {
        CsvTable table = CsvTableReader.builder().hasHeader(false).read(sample("no-header.csv"));

        assertThat(table.hasHeader()).isFalse();
        assertThat(table.headerLooksLikeData()).isFalse();
        assertThat(table.warnings()).isEmpty();
        assertThat(table.columns()).containsExactly("Column 1", "Column 2");
        assertThat(table.rows()).extracting(CsvRow::number).containsExactly(1, 2);
        assertThat(table.rows().get(0).values()).containsExactly("Ada Lovelace", "ada.lovelace@example.org");
    }

    @Test
    void rejectsGradebookWithSixColumnsNamingLimitAndColumns() {
        InEnglish.assertRefusal(() -> reader.read(sample("too-many-columns.csv")), CsvFileRejected.Reason.TOO_MANY_COLUMNS)
            .isEqualTo("This file has 6 columns; at most 5 are allowed. Remove the columns you don't need "
                + "(found: Last Name, First Name, Email Address, Essay 1, Quiz 2, Lab 3) and upload it again.");
    }

    @Test
    void rejectsFileWith101UsersNamingLimitAndCount() {
        InEnglish.assertRefusal(() -> reader.read(sample("too-many-rows.csv")), CsvFileRejected.Reason.TOO_MANY_ROWS)
            .isEqualTo("This file has 101 users; at most 100 are allowed per file. "
                + "Split it into files of 100 users or fewer.");
    }

    @Test
    void readsMixedProblemsFileKeepingValuesRawForLaterCleaning() {
        CsvTable table = reader.read(sample("mixed-problems.csv"));

        assertThat(table.columns()).containsExactly("Name", "Email", "Password");
        assertThat(table.rows()).extracting(CsvRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(table.rows().get(1).values())
            .containsExactly("Hopper, Grace", "grace.hopper@example.org", "Cobol-1959");
        assertThat(table.rows().get(2).values()).containsExactly("", "no.name@example.org", "Missing-Name-1");
        CsvRow multiLine = table.rows().get(6);
        assertThat(multiLine.number()).isEqualTo(7);
        assertThat(multiLine.line()).isEqualTo(8L);
        assertThat(multiLine.values()).containsExactly("Multi\nLine", "multi.line@example.org", "Newline-Name-1");
        CsvRow spaced = table.rows().get(7);
        assertThat(spaced.number()).isEqualTo(8);
        assertThat(spaced.line()).isEqualTo(10L);
        assertThat(spaced.values()).containsExactly("  Spaces Around  ", "  spaces@example.org  ", "Spaces-Pass-7");
    }

    @Test
    void suggestsTabForTabSeparatedFile() {
        CsvTable table = reader.read(sample("tab-separated.tsv"));

        assertThat(table.separator()).isEqualTo('\t');
        assertThat(table.columns()).containsExactly("Name", "Email", "Tags");
        assertThat(table.sampleRows(10))
            .containsExactly(List.of("Ada Lovelace", "ada.lovelace@example.org", "staff"));
    }
}
