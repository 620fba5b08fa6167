package io.muster.importing;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A draft import as the wizard shows it again: how its file was read, its first rows, and what
 * was chosen so far. The default password itself is never part of it, only whether one was given.
 */
public record ImportDraft(UUID id, ImportSource source, String fileName, String encoding, String separator, boolean hasHeader,
		List<String> columns, List<List<String>> sampleRows, List<String> warnings, ColumnMapping suggestedMapping,
		@Nullable ColumnMapping mapping, boolean hasDefaultPassword, @Nullable ImportOptions options) {

	/**
	 * Whether the rows came from an uploaded file, whose columns the administrator maps; other
	 * sources come with their mapping chosen.
	 */
	public boolean isFile() {
		return source.isFile();
	}

	/**
	 * The mapping to show: the one chosen, else the one suggested from the header names.
	 */
	public ColumnMapping mappingOrSuggestion() {
		return mapping == null ? suggestedMapping : mapping;
	}

}
