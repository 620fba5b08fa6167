package io.muster.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.muster.directory.AccountNow;
import io.muster.directory.Rank;

/**
 * The rules of undoing an import, one account at a time, without a query: an account is taken back
 * only when it still exists, the person undoing may change it ({@link Rank}), nobody has signed in
 * to it since the import (when that matters for the change, see {@link Reversal#onlyUnused()}), and
 * nobody changed it since (its version is the one the import left).
 *
 * <p>The first rule an account breaks is the reason it is kept; a row's changes are taken back all
 * together or not at all.
 */
final class UndoPlanner {

	private UndoPlanner() {
	}

	/**
	 * @param since when the import started: a sign-in from then on counts as one since the import
	 */
	static List<UndoStep> plan(List<UndoableRow> rows, Map<Long, AccountNow> accounts, Rank rank, Instant since) {
		return rows.stream().map(row -> step(row, accounts.get(row.userId()), rank, since)).toList();
	}

	static UndoStep step(UndoableRow row, @Nullable AccountNow account, Rank rank, Instant since) {
		List<Reversal> reversals = row.reversals();
		if (reversals.isEmpty()) {
			return UndoStep.keep(row, Kept.NOT_RECORDED);
		}
		if (account == null) {
			return UndoStep.keep(row, Kept.DELETED_SINCE);
		}
		if (account.reachOf(rank) != Rank.Reach.CHANGE
				|| reversals.contains(Reversal.MOVE_BACK) && !rank.managesGroup(row.previousGroupId())) {
			return UndoStep.keep(row, Kept.OUT_OF_REACH);
		}
		if (reversals.stream().anyMatch(Reversal::onlyUnused) && account.signedInSince(since)) {
			return UndoStep.keep(row, Kept.SIGNED_IN_SINCE);
		}
		if (!Objects.equals(row.userVersion(), account.version())) {
			return UndoStep.keep(row, Kept.CHANGED_SINCE);
		}
		return UndoStep.undo(row);
	}

}
