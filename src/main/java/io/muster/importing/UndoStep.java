package io.muster.importing;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * What undoing an import does to one row's account: takes back its changes, or keeps it and says why.
 */
record UndoStep(UndoableRow row, List<Reversal> reversals, @Nullable Kept kept) {

	static UndoStep undo(UndoableRow row) {
		return new UndoStep(row, row.reversals(), null);
	}

	static UndoStep keep(UndoableRow row, Kept why) {
		return new UndoStep(row, List.of(), why);
	}

	/**
	 * Why the account is kept, in the reader's language.
	 */
	String reason(MessageSource messages, Locale locale) {
		return kept == null ? "" : messages.getMessage(kept.code(), null, locale);
	}

	boolean takes(Reversal reversal) {
		return reversals.contains(reversal);
	}

}
