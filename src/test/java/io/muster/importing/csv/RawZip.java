package io.muster.importing.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes zip archives byte by byte, so that a test can build what no honest zip library writes: bytes
 * between entries, a data descriptor that lies, an entry name that is not UTF-8, a part of hundreds of
 * megabytes that never exists in memory.
 */
public final class RawZip {

    private static final int DATA_DESCRIPTOR = 1 << 3;
    private static final int UTF8_NAME = 1 << 11;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<byte[]> central = new ArrayList<>();

    /** Content as a head, a filler repeated, and a tail, so that it can be far larger than memory. */
    public record Content(byte[] head, byte[] filler, long repeat, byte[] tail) {

        public static Content of(String text) {
            return padded(text, "", 0, "");
        }

        public static Content padded(String head, String filler, long repeat, String tail) {
            return new Content(head.getBytes(StandardCharsets.UTF_8), filler.getBytes(StandardCharsets.UTF_8), repeat,
                tail.getBytes(StandardCharsets.UTF_8));
        }

        long size() {
            return head.length + filler.length * repeat + tail.length;
        }
    }

    /** An entry as zip libraries write it, its name in UTF-8. */
    public RawZip entry(String name, Content content) {
        return entry(name.getBytes(StandardCharsets.UTF_8), UTF8_NAME, content, -1);
    }

    /** An entry whose name is raw bytes and not flagged as UTF-8, as Windows Explorer writes it (code page 437). */
    public RawZip legacyNamedEntry(byte[] name, Content content) {
        return entry(name, 0, content, -1);
    }

    /** An entry whose name is flagged as UTF-8, whatever its bytes are. */
    public RawZip entryFlaggedUtf8(byte[] name, Content content) {
        return entry(name, UTF8_NAME, content, -1);
    }

    /** An entry whose sizes are in a data descriptor after its data, and claim the given inflated size. */
    public RawZip entryWithLyingDescriptor(String name, Content content, long claimedSize) {
        return entry(name.getBytes(StandardCharsets.UTF_8), UTF8_NAME | DATA_DESCRIPTOR, content, claimedSize);
    }

    /** Bytes that belong to no entry, where the next local header should begin. */
    public RawZip junk(byte... bytes) {
        out.writeBytes(bytes);
        return this;
    }

    public byte[] build() {
        int centralStart = out.size();
        central.forEach(out::writeBytes);
        int centralSize = out.size() - centralStart;
        out.writeBytes(littleEndian(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
            .putShort((short) central.size()).putShort((short) central.size()).putInt(centralSize)
            .putInt(centralStart).putShort((short) 0).array());
        return out.toByteArray();
    }

    private RawZip entry(byte[] name, int flags, Content content, long claimedSize) {
        Deflated data = deflate(content);
        boolean descriptor = (flags & DATA_DESCRIPTOR) != 0;
        long size = claimedSize >= 0 ? claimedSize : content.size();
        int offset = out.size();
        ByteBuffer local = littleEndian(30 + name.length).putInt(0x04034b50).putShort((short) 20)
            .putShort((short) flags).putShort((short) 8).putInt(0)
            .putInt(descriptor ? 0 : data.crc()).putInt(descriptor ? 0 : data.bytes().length)
            .putInt(descriptor ? 0 : (int) size).putShort((short) name.length).putShort((short) 0).put(name);
        out.writeBytes(local.array());
        out.writeBytes(data.bytes());
        if (descriptor) {
            out.writeBytes(littleEndian(16).putInt(0x08074b50).putInt(data.crc()).putInt(data.bytes().length)
                .putInt((int) size).array());
        }
        central.add(littleEndian(46 + name.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
            .putShort((short) flags).putShort((short) 8).putInt(0).putInt(data.crc()).putInt(data.bytes().length)
            .putInt((int) size).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
            .putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset).put(name).array());
        return this;
    }

    private record Deflated(byte[] bytes, int crc) {
    }

    private static Deflated deflate(Content content) {
        CRC32 crc = new CRC32();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            write(deflating, crc, content.head());
            if (content.filler().length > 0) {
                long perChunk = Math.max(1, (1 << 20) / content.filler().length);
                byte[] chunk = repeated(content.filler(), perChunk);
                for (long left = content.repeat(); left > 0; left -= perChunk) {
                    write(deflating, crc, left >= perChunk ? chunk : repeated(content.filler(), left));
                }
            }
            write(deflating, crc, content.tail());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            deflater.end();
        }
        return new Deflated(compressed.toByteArray(), (int) crc.getValue());
    }

    private static byte[] repeated(byte[] filler, long times) {
        byte[] bytes = new byte[(int) (filler.length * times)];
        for (int i = 0; i < times; i++) {
            System.arraycopy(filler, 0, bytes, i * filler.length, filler.length);
        }
        return bytes;
    }

    private static void write(DeflaterOutputStream out, CRC32 crc, byte[] bytes) throws IOException {
        out.write(bytes);
        crc.update(bytes);
    }

    private static ByteBuffer littleEndian(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
