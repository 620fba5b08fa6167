package io.muster.importing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A row of an import that created, updated, suspended or moved an account, with what the import
 * left and replaced there (see {@link ImportRows.Reversible}); the password hash it replaced is still
 * encrypted.
 */
record UndoableRow(int rowNumber, String fullName, String email, RowOutcome outcome, long userId,
		@Nullable Integer userVersion, byte @Nullable [] previousPassword, @Nullable Boolean previousMustChoose,
		@Nullable String previousTags, @Nullable String previousStatus, @Nullable Long previousGroupId) {

	/**
	 * What undoing this row takes back; nothing for a row of an import that kept no record of it.
	 */
	List<Reversal> reversals() {
		if (userVersion == null) {
			return List.of();
		}
		if (outcome == RowOutcome.CREATED) {
			return List.of(Reversal.DELETE_ACCOUNT);
		}
		if (outcome == RowOutcome.SUSPENDED) {
			return List.of(Reversal.REACTIVATE);
		}
		if (outcome == RowOutcome.MOVED) {
			return List.of(Reversal.MOVE_BACK);
		}
		List<Reversal> reversals = new ArrayList<>();
		if (previousPassword != null) {
			reversals.add(Reversal.RESTORE_PASSWORD);
		}
		if (previousTags != null) {
			reversals.add(Reversal.RESTORE_TAGS);
		}
		return reversals;
	}

	List<String> previousTagList() {
		return previousTags == null || previousTags.isEmpty() ? List.of() : List.of(previousTags.split("\n"));
	}

}
