package io.muster.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What undoing an import will do, as the person is shown it before they confirm: how many accounts
 * go, how many get their password or tags back, how many a file that was the whole group suspended
 * are reactivated or moved are moved back, and every account kept, with the reason.
 */
public record UndoPlan(int accountsToDelete, int passwordsToRestore, int tagsToRestore, int accountsToReactivate,
		int accountsToMoveBack, List<UndoStep> kept) {

	static UndoPlan of(List<UndoStep> steps) {
		return new UndoPlan(count(steps, Reversal.DELETE_ACCOUNT), count(steps, Reversal.RESTORE_PASSWORD),
				count(steps, Reversal.RESTORE_TAGS), count(steps, Reversal.REACTIVATE), count(steps, Reversal.MOVE_BACK),
				steps.stream().filter(step -> step.kept() != null).toList());
	}

	private static int count(List<UndoStep> steps, Reversal reversal) {
		return (int) steps.stream().filter(step -> step.takes(reversal)).count();
	}

	/**
	 * How many accounts are kept for each reason, in the order of {@link Kept}; reasons no account
	 * has are left out.
	 */
	public Map<Kept, Integer> keptByReason() {
		Map<Kept, Integer> counts = new EnumMap<>(Kept.class);
		kept.forEach(step -> counts.merge(step.kept(), 1, Integer::sum));
		return counts;
	}

	public boolean changesNothing() {
		return accountsToDelete + passwordsToRestore + tagsToRestore + accountsToReactivate + accountsToMoveBack == 0;
	}

}
