package io.muster.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.muster.web.Message;

/**
 * The rows a source other than a file has read (Google Classroom), to be staged as a draft and
 * verified and imported like the rows of an uploaded file: where they came from, a name for the
 * import, and each person by first and last name.
 */
public record SourceRows(ImportSource source, String title, List<Row> rows) {

	public SourceRows {
		rows = List.copyOf(rows);
	}

	/**
	 * One person as the source gives them; empty where the source has no value.
	 *
	 * @param fullName the full name as the source writes it (李明, not 明 李), or empty to join the
	 *        first and last name
	 * @param tags the tags as a cell of a file would hold them, separated by semicolons
	 * @param refusal why the source itself will not have this person imported, or null
	 */
	public record Row(String fullName, String firstName, String lastName, String email, String tags, @Nullable Message refusal) {
	}

}
