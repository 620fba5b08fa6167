package io.muster.importing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What was chosen for a draft so far, as the verification page shows it: no file is read for it.
 *
 * @param previousImport the import whose source this draft read again, or null
 * @param leftOut how many people that re-read left out because they have an account already
 */
public record DraftChoices(UUID id, ImportSource source, String fileName, @Nullable ColumnMapping mapping,
		@Nullable ImportOptions options, @Nullable UUID previousImport, int leftOut) {

	/**
	 * Whether the rows came from an uploaded file, whose mapping can still be changed.
	 */
	public boolean isFile() {
		return source.isFile();
	}

}
