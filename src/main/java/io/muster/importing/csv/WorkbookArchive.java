package io.muster.importing.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;

/**
 * Unpacks an uploaded workbook once, within {@link WorkbookLimits}, into a fresh archive of the parts it
 * checked; the sheet reader is given only that archive.
 *
 * <p>A zip can describe its entries twice, in local headers and in a central directory, and the two can be
 * made to disagree. So nothing is trusted: every entry is inflated through one counter, the XML parts are
 * parsed by {@link XmlPartCheck} on the way and copied byte for byte as they were measured, and whatever an
 * upload's directory, data descriptors or stray bytes claim, the sheet reader can only find what was checked.
 */
final class WorkbookArchive {

    static final int MOST_PARTS = 1_000;

    /** The zip format's own default for names not flagged as UTF-8; every byte decodes, so no name fails. */
    private static final Charset LEGACY_NAMES = Charset.forName("IBM437");
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private final WorkbookLimits limits;
    private final XmlPartCheck check;
    private long unpacked;

    private WorkbookArchive(WorkbookLimits limits) {
        this.limits = limits;
        this.check = new XmlPartCheck(limits);
    }

    /**
     * Returns a copy of the workbook's XML parts, each read through the checks.
     *
     * @throws CsvFileRejected if the upload is no workbook, cannot be unpacked, or breaks a limit
     */
    static byte[] checkedCopy(byte[] upload, WorkbookLimits limits) {
        return new WorkbookArchive(limits).copy(upload);
    }

    private byte[] copy(byte[] upload) {
        ByteArrayOutputStream copy = new ByteArrayOutputStream(upload.length);
        boolean workbook = false;
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload), LEGACY_NAMES);
            ZipOutputStream out = new ZipOutputStream(copy)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MOST_PARTS) {
                    throw CsvFileRejected.workbookUnreadable();
                }
                workbook |= CONTENT_TYPES.equalsIgnoreCase(entry.getName());
                copyPart(zip, entry, out);
            }
        } catch (IOException | XMLStreamException | IllegalArgumentException damaged) {
            // A name flagged as UTF-8 that is not, among others, fails as IllegalArgumentException.
            throw CsvFileRejected.workbookUnreadable();
        }
        if (parts > 0 && !workbook) {
            throw CsvFileRejected.workbook("import.workbook.notWorkbook");
        }
        if (parts == 0) {
            throw CsvFileRejected.workbookUnreadable();
        }
        return copy.toByteArray();
    }

    /** Only XML parts hold what a sheet is read from; the others (images, printer settings) are counted only. */
    private void copyPart(ZipInputStream zip, ZipEntry entry, ZipOutputStream out)
        throws IOException, XMLStreamException {
        String name = entry.getName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
            new MeasuredPart(zip, OutputStream.nullOutputStream()).transferTo(OutputStream.nullOutputStream());
            return;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        MeasuredPart part = new MeasuredPart(zip, out);
        try {
            check.check(part);
        } catch (XMLStreamException malformed) {
            // A bomb is often not XML at all; it is still refused as what it is, when it is one.
            part.transferTo(OutputStream.nullOutputStream());
            throw malformed;
        }
        part.transferTo(OutputStream.nullOutputStream());
        out.closeEntry();
    }

    /** One part's bytes as they are inflated: counted against the limit, and copied as they are read. */
    private final class MeasuredPart extends FilterInputStream {

        private final OutputStream copy;

        MeasuredPart(InputStream entry, OutputStream copy) {
            super(entry);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                unpacked += n;
                if (unpacked > limits.unpackedBytes()) {
                    throw CsvFileRejected.workbookTooLarge(limits.unpackedBytes());
                }
                copy.write(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
        }

        @Override
        public void close() {
            // The zip stream goes on to the next entry; closing it here would end the whole archive.
        }
    }
}
