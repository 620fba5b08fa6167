package io.muster.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes a source's rows as the UTF-8 CSV file they are staged as, so that the rest of the
 * pipeline reads them exactly as it reads an upload.
 */
final class SourceCsv {

	private SourceCsv() {
	}

	static byte[] write(List<String> columns, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CsvWriter csv = CsvWriter.builder().build(out)) {
			csv.writeRecord(columns);
			rows.forEach(csv::writeRecord);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
