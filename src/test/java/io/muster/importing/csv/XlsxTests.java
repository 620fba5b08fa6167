package io.muster.importing.csv;

import static io.muster.importing.csv.Workbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.importing.csv.CsvFileRejected.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class XlsxTests {

    private final CsvTableReader reader = CsvTableReader.builder().build();

    @Test
    void readsTheFirstSheetLikeItsCsvExport() {
        CsvTable table = reader.read(xlsx(List.of(
            List.of("First Name", "Last Name", "Email", "Tags"),
            List.of("José", "Peña", "jose.pena@example.org", "grade-9;math"),
            List.of("Zoë", "Weiß", "zoe.weiss@example.org", ""))));

        assertThat(table.columns()).containsExactly("First Name", "Last Name", "Email", "Tags");
        assertThat(table.sampleRows(5)).containsExactly(
            List.of("José", "Peña", "jose.pena@example.org", "grade-9;math"),
            List.of("Zoë", "Weiß", "zoe.weiss@example.org", ""));
        assertThat(table.warnings()).isEmpty();
    }

    @Test
    void saysWhichSheetItReadWhenThereAreSeveral() {
        CsvTable table = reader.read(xlsx(
            List.of(List.of("Name", "Email"), List.of("Ada Lovelace", "ada@example.org")),
            List.of(List.of("Notes"), List.of("not users"))));

        assertThat(table.rows()).hasSize(1);
        assertThat(InEnglish.warnings(table)).containsExactly("This workbook has 2 sheets; Muster read only the first one, “Sheet1”.");
    }

    @Test
    void keepsTheSameLimitsAsACsvFile() {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("Name", "Email")));
        for (int i = 0; i < 101; i++) {
            rows.add(List.of("Student " + i, "student" + i + "@example.org"));
        }

        InEnglish.assertRefusal(() -> reader.read(xlsx(rows)), Reason.TOO_MANY_ROWS)
            .contains("101 users; at most 100");
        InEnglish.assertRefusal(() -> reader.read(xlsx(List.of(List.of("A", "B", "C", "D", "E", "F")))))
            .contains("6 columns; at most 5");
    }

    @Test
    void refusesAZipBombBeforeParsingIt() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThat(bomb.size()).isLessThan(200_000);
        assertThatThrownBy(() -> reader.read(bomb.toByteArray()))
            .isInstanceOfSatisfying(CsvFileRejected.class, ex -> {
                assertThat(ex.reason()).isEqualTo(Reason.UNREADABLE);
                assertThat(ex.messageCode()).isEqualTo("import.workbook.tooLarge");
                assertThat(InEnglish.arguments(ex)).containsExactly("50 MB");
            });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileWorkbooks")
    @Timeout(20)
    void refusesAHostileWorkbookForWhatItIs(HostileWorkbooks.Hostile hostile) {
        assertThatThrownBy(() -> reader.read(hostile.bytes()))
            .isInstanceOfSatisfying(CsvFileRejected.class, ex -> {
                assertThat(ex.messageCode()).isEqualTo(hostile.code());
                assertThat(InEnglish.arguments(ex)).containsExactly(hostile.arguments());
            });
    }

    static List<HostileWorkbooks.Hostile> hostileWorkbooks() {
        return HostileWorkbooks.all();
    }

    @Test
    void refusesMoreTextInTheKeptRowsThanTheLimitAllows() {
        CsvTableReader small = CsvTableReader.builder().limits(new CsvLimits(5, 100, 64 * 1024)).build();
        List<List<String>> rows = new ArrayList<>(List.of(List.of("Name", "Email")));
        for (int i = 0; i < 20; i++) {
            rows.add(List.of("x".repeat(20_000), "student" + i + "@example.org"));
        }

        assertThatThrownBy(() -> small.read(xlsx(rows)))
            .isInstanceOfSatisfying(CsvFileRejected.class, ex -> {
                assertThat(ex.messageCode()).isEqualTo("import.workbook.tooMuchText");
                assertThat(ex.messageArguments()).containsExactly(4L * 64 * 1024);
            });
    }

    @Test
    void refusesADamagedWorkbookWithSaveAsCsvAdvice() {
        byte[] truncated = java.util.Arrays.copyOf(xlsx(List.of(List.of("Name", "Email"))), 300);

        assertThatThrownBy(() -> reader.read(truncated))
            .isInstanceOfSatisfying(CsvFileRejected.class, ex -> {
                assertThat(ex.reason()).isEqualTo(Reason.UNREADABLE);
                assertThat(ex.messageCode()).isEqualTo("import.workbook.unreadable");
            });
    }

}
