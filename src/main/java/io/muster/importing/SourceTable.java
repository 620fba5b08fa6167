package io.muster.importing;

import java.util.List;

/**
 * The rows another source than a file has read (Google Classroom), ready to go through the same
 * verification and import as an uploaded file: a name for the import, the source's name, its
 * columns, its rows and which column holds what.
 */
public record SourceTable(String source, String title, List<String> columns, List<List<String>> rows,
		ColumnMapping mapping) {

	public SourceTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

}
