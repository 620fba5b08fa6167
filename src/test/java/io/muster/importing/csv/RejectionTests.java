package io.muster.importing.csv;

import static io.muster.importing.csv.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.muster.importing.csv.CsvFileRejected.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that cannot be imported at all, and the limits right at their boundary. */
class RejectionTests {

    private static final int MEBIBYTE = 1024 * 1024;

    private final CsvTableReader reader = CsvTableReader.builder().build();

    @Test
    void rejectsZeroBytesAsEmpty() {
        assertRejected(new byte[0], Reason.EMPTY)
            .isEqualTo("This file is empty. Choose the CSV file that holds your users.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"\n", "\r\n\r\n\n", "   \n\t\n", ",,,\n, ,\n", "\uFEFF\n", "sep=;\n", "sep=;\n; ;\n"})
    void rejectsFileOfOnlyBlankLinesAsEmpty(String text) {
        assertRejected(utf8(text), Reason.EMPTY);
    }

    @Test
    void rejectsByteOrderMarkAloneAsEmpty() {
        assertRejected(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Reason.EMPTY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Name,Email", "Name,Email\n", "Name,Email\r\n\r\n,\n"})
    void rejectsHeaderWithoutUsers(String text) {
        assertRejected(utf8(text), Reason.HEADER_ONLY)
            .isEqualTo("This file has a header row but no users below it.");
    }

    @Test
    void rejectsBlankFileWithoutHeaderAsEmptyNotHeaderOnly() {
        assertThatThrownBy(() -> CsvTableReader.builder().hasHeader(false).read(utf8("\n\n")))
            .isInstanceOfSatisfying(CsvFileRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void rejectsNulBytesAsNotText() {
        assertRejected(utf8("Name,Email\nAda\0,ada@example.org\n"), Reason.NOT_TEXT)
            .isEqualTo("This file does not look like a CSV text file (it contains binary data). "
                + "Save your spreadsheet as CSV and upload that file.");
    }

    @Test
    void rejectsUtf16WithoutByteOrderMarkAsNotText() {
        assertRejected("Name,Email\nAda,ada@example.org\n".getBytes(StandardCharsets.UTF_16LE), Reason.NOT_TEXT);
    }

    @Test
    void rejectsPdfAsNotText() {
        assertRejected(utf8("%PDF-1.7\nName,Email\nAda,ada@example.org\n"), Reason.NOT_TEXT)
            .contains("binary data");
    }

    @Test
    void rejectsAHeaderTitleNoHeaderWouldHave() {
        assertRejected(utf8("Name," + "x".repeat(5_000) + "\nAda,ada@example.org\n"), Reason.UNREADABLE)
            .isEqualTo("The title of column 2 in the first row is 5,000 characters long; a column title has at most "
                + "200. The first row must be the header row, with titles such as Name and Email.");
    }

    @Test
    void rejectsOldXlsWorkbookAsNotText() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertRejected(xls, Reason.NOT_TEXT);
    }

    @Test
    void rejectsTextFullOfControlCharactersAsNotText() {
        assertRejected(utf8("Name\nA\u0001\u0002\u0003\u0004\u0005\u0006B\n"), Reason.NOT_TEXT);
    }

    @Test
    void acceptsOccasionalControlCharacter() {
        String text = "Name,Email\nAda\u0007 Lovelace,ada@example.org\nGrace Hopper,grace@example.org\n";

        assertThat(reader.read(utf8(text)).rows().get(0).values().get(0)).isEqualTo("Ada\u0007 Lovelace");
    }

    @Test
    void rejectsThreeMegabyteFileAsTooLarge() {
        byte[] file = new byte[3 * MEBIBYTE];
        Arrays.fill(file, (byte) 'a');

        assertRejected(file, Reason.FILE_TOO_LARGE)
            .isEqualTo("This file is 3 MB; at most 2 MB is allowed. Split it into smaller files.");
    }

    @Test
    void namesFractionalSizeInMegabytes() {
        assertRejected(new byte[(int) (3.1 * MEBIBYTE)], Reason.FILE_TOO_LARGE)
            .startsWith("This file is 3.1 MB; at most 2 MB is allowed.");
    }

    @Test
    void neverShowsFileJustOverTheLimitAsEqualToIt() {
        assertRejected(new byte[2 * MEBIBYTE + 1], Reason.FILE_TOO_LARGE)
            .startsWith("This file is 2.1 MB; at most 2 MB is allowed.");
    }

    @Test
    void namesSmallLimitsInKilobytesAndBytes() {
        CsvTableReader small = CsvTableReader.builder().limits(new CsvLimits(5, 100, 1536)).build();
        CsvTableReader tiny = CsvTableReader.builder().limits(new CsvLimits(5, 100, 10)).build();

        InEnglish.assertRefusal(() -> small.read(new byte[4096])).startsWith("This file is 4 KB; at most 1.5 KB");
        InEnglish.assertRefusal(() -> tiny.read(new byte[11])).startsWith("This file is 11 bytes; at most 10 bytes");
    }

    @Test
    void acceptsFileOfExactlyTheMaximumSize() {
        String header = "Name\n";
        String row = "x".repeat(2 * MEBIBYTE - header.length() - 1) + "\n";

        assertThat(reader.read(utf8(header + row)).rows()).hasSize(1);
    }

    @Test
    void acceptsExactlyFiveColumns() {
        CsvTable table = reader.read(utf8("A,B,C,D,E\n1,2,3,4,5\n"));

        assertThat(table.columns()).hasSize(5);
    }

    @Test
    void rejectsRowWithMoreColumnsThanTheLimitNamingItsLine() {
        assertRejected(utf8("A,B\n1,2\n\n1,2,3,4,5,6\n"), Reason.TOO_MANY_COLUMNS)
            .isEqualTo("Line 4 has 6 columns; at most 5 are allowed. Remove the values after column 5 "
                + "and upload it again.");
    }

    @Test
    @Timeout(5)
    void rejectsHeaderWithMillionSeparatorsQuicklyStillNamingTheLimit() {
        byte[] file = utf8("Name,Email" + ",".repeat(1_000_000) + "\nAda,ada@example.org\n");

        CsvFileRejected rejected = catchThrowableOfType(CsvFileRejected.class, () -> reader.read(file));

        assertThat(rejected.reason()).isEqualTo(Reason.TOO_MANY_COLUMNS);
        assertThat(InEnglish.message(rejected))
            .startsWith("This file has 1,000,002 columns; at most 5 are allowed.")
            .contains("(found: Name, Email, Column 3, ", ", Column 15, … and 999,987 more)")
            .hasSizeLessThan(400);
    }

    @Test
    @Timeout(5)
    void rejectsUserRowWithMillionSeparatorsQuickly() {
        byte[] file = utf8("Name,Email\nAda" + ",".repeat(1_000_000) + "\n");

        assertRejected(file, Reason.TOO_MANY_COLUMNS)
            .startsWith("Line 2 has 1,000,001 columns; at most 5 are allowed.");
    }

    @Test
    @Timeout(5)
    void ignoresLineOfMillionSeparatorsAsBlank() {
        byte[] file = utf8("Name,Email\n" + ",".repeat(1_000_000) + "\nAda,ada@example.org\n");

        assertThat(reader.read(file).rows()).singleElement().extracting(CsvRow::line).isEqualTo(3L);
    }

    @Test
    void acceptsExactlyOneHundredUsers() {
        CsvTable table = reader.read(utf8(usersFile(100)));

        assertThat(table.rows()).hasSize(100);
        assertThat(table.rows().get(99).number()).isEqualTo(100);
        assertThat(table.rows().get(99).line()).isEqualTo(101L);
    }

    @Test
    void rejectsOneUserMoreThanTheLimit() {
        assertRejected(utf8(usersFile(101)), Reason.TOO_MANY_ROWS)
            .isEqualTo("This file has 101 users; at most 100 are allowed per file. "
                + "Split it into files of 100 users or fewer.");
    }

    @Test
    void countsEveryUserOfAHugeFileInTheRejection() {
        assertRejected(utf8(usersFile(25_000)), Reason.TOO_MANY_ROWS)
            .startsWith("This file has 25,000 users; at most 100 are allowed per file.");
    }

    @Test
    void appliesCustomLimits() {
        CsvTableReader strict = CsvTableReader.builder().limits(new CsvLimits(2, 1, 1000)).build();

        assertThat(strict.read(utf8("Name,Email\nAda,a@x.org\n")).rows()).hasSize(1);
        InEnglish.assertRefusal(() -> strict.read(utf8("Name,Email\nAda,a@x.org\nGrace,g@x.org\n")))
            .startsWith("This file has 2 users; at most one is allowed per file.");
        InEnglish.assertRefusal(() -> strict.read(utf8("Name,Email,Tags\nAda,a@x.org,t\n")))
            .startsWith("This file has 3 columns; at most 2 are allowed.");
    }

    @Test
    void rejectsNonPositiveLimits() {
        assertThatThrownBy(() -> new CsvLimits(0, 100, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvLimits(5, 0, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvLimits(5, 100, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultLimitsAreFiveColumnsHundredUsersAndTwoMebibytes() {
        assertThat(CsvLimits.defaults()).isEqualTo(new CsvLimits(5, 100, 2L * 1024 * 1024));
    }

    @Test
    void rejectsUnterminatedQuoteNamingTheLineWhereItOpens() {
        String text = "Name,Email\n" + "Ada,ada@example.org\n".repeat(12) + "\"Grace,grace@example.org\nAlan,a@x.org\n";

        assertRejected(utf8(text), Reason.UNREADABLE)
            .isEqualTo("Line 14: a quoted value is never closed. Check for a stray \" character.");
    }

    @Test
    void rejectsUnterminatedQuoteInHeader() {
        assertRejected(utf8("\"Name,Email\nAda,ada@example.org\n"), Reason.UNREADABLE)
            .startsWith("Line 1: a quoted value is never closed.");
    }

    @Test
    void countsSepLineWhenNamingTheLineOfAProblem() {
        assertRejected(utf8("sep=;\nName;Email\n\"Ada;a@x.org\n"), Reason.UNREADABLE)
            .startsWith("Line 3: ");
    }

    @Test
    void rejectsTextAfterClosingQuoteNamingTheLine() {
        assertRejected(utf8("Name,Email\nAda,a@x.org\n\"Grace\" Hopper,g@x.org\n"), Reason.UNREADABLE)
            .isEqualTo("Line 3: a quoted value is followed by more text. Put the whole value in quotes, "
                + "or remove the stray \" character.");
    }

    private static String usersFile(int users) {
        return IntStream.rangeClosed(1, users)
            .mapToObj(i -> "Student " + i + ",student" + i + "@example.org")
            .collect(Collectors.joining("\n", "Name,Email\n", "\n"));
    }

    private AbstractStringAssert<?> assertRejected(byte[] file, Reason reason) {
        return InEnglish.assertRefusal(() -> reader.read(file), reason);
    }
}
