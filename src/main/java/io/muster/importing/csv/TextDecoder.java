package io.muster.importing.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.muster.web.Message;

/**
 * Turns the bytes of an uploaded file into text, choosing the character set the file was most likely saved in.
 *
 * <p>A byte order mark wins, then strict UTF-8, then Windows-1252, which is what Excel on Windows writes for
 * "CSV (Comma delimited)". A charset given by the caller wins over all of them. Content that is not text is
 * rejected with {@link CsvFileRejected.Reason#NOT_TEXT}.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static final Message WINDOWS_1252_WARNING = Message.of("csv.warning.windows1252");

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int CONTROL_CHARACTER_PERCENT_ALLOWED = 5;

    private static final List<ByteOrderMark> BYTE_ORDER_MARKS = List.of(
        new ByteOrderMark(new Prefix(0xEF, 0xBB, 0xBF), StandardCharsets.UTF_8),
        new ByteOrderMark(new Prefix(0xFF, 0xFE), StandardCharsets.UTF_16LE),
        new ByteOrderMark(new Prefix(0xFE, 0xFF), StandardCharsets.UTF_16BE));

    private static final List<Prefix> OTHER_BINARY_FORMATS = List.of(
        new Prefix('%', 'P', 'D', 'F'),
        new Prefix(0xD0, 0xCF, 0x11, 0xE0));

    private TextDecoder() {
    }

    /**
     * Decodes the bytes of a non-empty file.
     *
     * @param bytes the file's content
     * @param override the charset to use instead of detecting one, or null to detect
     * @return the text without byte order mark, with a warning if the charset is a guess worth checking
     * @throws CsvFileRejected if the content is not text
     */
    static DecodedText decode(byte[] bytes, Charset override) {
        rejectKnownBinaryFormats(bytes);
        DecodedText decoded = override == null ? detect(bytes) : decodeChosen(bytes, override);
        rejectControlCharacters(decoded.text());
        return decoded;
    }

    private static void rejectKnownBinaryFormats(byte[] bytes) {
        if (OTHER_BINARY_FORMATS.stream().anyMatch(format -> format.startsOf(bytes))) {
            throw CsvFileRejected.notText();
        }
    }

    private static DecodedText decodeAs(byte[] bytes, Charset charset) {
        return new DecodedText(withoutByteOrderMark(new String(bytes, charset)), charset, List.of());
    }

    /**
     * Decodes with the charset the caller chose, still warning when it is Windows-1252 for a file that is
     * not UTF-8, because that is a guess a person should check whoever made it.
     */
    private static DecodedText decodeChosen(byte[] bytes, Charset charset) {
        if (charset.equals(WINDOWS_1252) && strictUtf8(bytes).isEmpty()) {
            return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252, List.of(WINDOWS_1252_WARNING));
        }
        return decodeAs(bytes, charset);
    }

    private static DecodedText detect(byte[] bytes) {
        Optional<ByteOrderMark> bom = BYTE_ORDER_MARKS.stream()
            .filter(mark -> mark.prefix().startsOf(bytes))
            .findFirst();
        if (bom.isPresent()) {
            return decodeAs(bytes, bom.get().charset());
        }
        return strictUtf8(bytes)
            .map(text -> new DecodedText(text, StandardCharsets.UTF_8, List.of()))
            .orElseGet(() -> new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252,
                List.of(WINDOWS_1252_WARNING)));
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /**
     * Rejects text with any NUL or with many other control characters.
     *
     * <p>Checking decoded text rather than bytes lets UTF-16 files through, whose bytes are full of zeros,
     * while UTF-16 without a byte order mark, which would be read as UTF-8 full of NULs, is still rejected.
     */
    private static void rejectControlCharacters(String text) {
        long controls = text.chars().filter(TextDecoder::isControlCharacter).count();
        if (text.indexOf('\0') >= 0 || controls * 100 > (long) text.length() * CONTROL_CHARACTER_PERCENT_ALLOWED) {
            throw CsvFileRejected.notText();
        }
    }

    private static boolean isControlCharacter(int c) {
        return c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F;
    }

    /** The leading bytes that identify a byte order mark or a file format. */
    private record Prefix(int... bytes) {

        boolean startsOf(byte[] content) {
            if (content.length < bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if ((content[i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private record ByteOrderMark(Prefix prefix, Charset charset) {
    }
}
