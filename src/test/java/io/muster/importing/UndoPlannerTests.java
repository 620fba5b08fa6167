package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.muster.directory.AccountNow;
import io.muster.directory.Rank;
import io.muster.directory.Role;

/**
 * The rules of undoing an import, without a database: an Administrator (id 10) of group 7 in
 * organization 1 undoes an import that started at noon.
 */
class UndoPlannerTests {

	private static final Instant IMPORT = Instant.parse("2026-12-01T12:00:00Z");

	private static final Rank ADMIN = new Rank(10, 1, Role.ADMIN, Set.of(7L));

	private static final Rank SYSADMIN = new Rank(11, 1, Role.SYSTEM_ADMIN, Set.of());

	@Test
	void deletesACreatedAccountNobodyHasUsedOrChanged() {
		UndoStep step = UndoPlanner.step(created(1), user(1, 1, null), ADMIN, IMPORT);

		assertThat(step.kept()).isNull();
		assertThat(step.reversals()).containsExactly(Reversal.DELETE_ACCOUNT);
	}

	@Test
	void keepsACreatedAccountSomeoneSignedInToSinceTheImport() {
		assertThat(UndoPlanner.step(created(1), user(1, 1, IMPORT.plusSeconds(60)), ADMIN, IMPORT).kept())
			.isEqualTo(Kept.SIGNED_IN_SINCE);
	}

	@Test
	void keepsACreatedAccountChangedSinceTheImport() {
		assertThat(UndoPlanner.step(created(1), user(1, 2, null), ADMIN, IMPORT).kept()).isEqualTo(Kept.CHANGED_SINCE);
	}

	@Test
	void saysSignedInRatherThanChangedWhenTheOwnerChoseTheirPassword() {
		assertThat(UndoPlanner.step(created(1), user(1, 2, IMPORT.plusSeconds(60)), ADMIN, IMPORT).kept())
			.isEqualTo(Kept.SIGNED_IN_SINCE);
	}

	@Test
	void keepsAnAccountDeletedSince() {
		assertThat(UndoPlanner.step(created(1), null, ADMIN, IMPORT).kept()).isEqualTo(Kept.DELETED_SINCE);
	}

	@Test
	void anAdministratorTakesBackNothingBeyondTheirRank() {
		AccountNow promoted = new AccountNow(1, 1, 7L, Role.ADMIN, 1, null);
		AccountNow moved = new AccountNow(1, 1, 8L, Role.USER, 1, null);

		assertThat(UndoPlanner.step(created(1), promoted, ADMIN, IMPORT).kept()).isEqualTo(Kept.OUT_OF_REACH);
		assertThat(UndoPlanner.step(created(1), moved, ADMIN, IMPORT).kept()).isEqualTo(Kept.OUT_OF_REACH);
		assertThat(UndoPlanner.step(created(1), moved, SYSADMIN, IMPORT).kept()).isNull();
	}

	@Test
	void aSignInBeforeTheImportDoesNotCount() {
		assertThat(UndoPlanner.step(updated(1, true, false), user(1, 5, IMPORT.minusSeconds(60)), ADMIN, IMPORT).kept())
			.isNull();
	}

	@Test
	void givesBackAPasswordOnlyWhileNobodySignedInWithTheImportedOne() {
		UndoStep step = UndoPlanner.step(updated(1, true, false), user(1, 5, IMPORT.plusSeconds(1)), ADMIN, IMPORT);

		assertThat(step.kept()).isEqualTo(Kept.SIGNED_IN_SINCE);
	}

	@Test
	void givesBackTagsEvenAfterASignIn() {
		UndoStep step = UndoPlanner.step(updated(1, false, true), user(1, 5, IMPORT.plusSeconds(1)), ADMIN, IMPORT);

		assertThat(step.kept()).isNull();
		assertThat(step.reversals()).containsExactly(Reversal.RESTORE_TAGS);
	}

	@Test
	void givesBackPasswordAndTagsTogetherOrNotAtAll() {
		assertThat(UndoPlanner.step(updated(1, true, true), user(1, 5, null), ADMIN, IMPORT).reversals())
			.containsExactly(Reversal.RESTORE_PASSWORD, Reversal.RESTORE_TAGS);
		assertThat(UndoPlanner.step(updated(1, true, true), user(1, 5, IMPORT.plusSeconds(1)), ADMIN, IMPORT).reversals())
			.isEmpty();
	}

	@Test
	void reactivatesAnAccountTheSyncSuspendedEvenIfItsOwnerSignedInBefore() {
		UndoStep step = UndoPlanner.step(leftOut(1, RowOutcome.SUSPENDED), user(1, 6, IMPORT.plusSeconds(60)), ADMIN,
				IMPORT);

		assertThat(step.kept()).isNull();
		assertThat(step.reversals()).containsExactly(Reversal.REACTIVATE);
	}

	@Test
	void movesBackAnAccountTheSyncMovedOnlyWhileNobodyChangedIt() {
		AccountNow moved = new AccountNow(1, 1, 8L, Role.USER, 6, null);
		Rank adminOfBoth = new Rank(10, 1, Role.ADMIN, Set.of(7L, 8L));

		assertThat(UndoPlanner.step(leftOut(1, RowOutcome.MOVED), moved, adminOfBoth, IMPORT).reversals())
			.containsExactly(Reversal.MOVE_BACK);
		assertThat(UndoPlanner.step(leftOut(1, RowOutcome.MOVED), new AccountNow(1, 1, 8L, Role.USER, 7, null),
				adminOfBoth, IMPORT).kept()).isEqualTo(Kept.CHANGED_SINCE);
	}

	@Test
	void movesAnAccountBackOnlyIntoAGroupTheAdministratorManages() {
		AccountNow moved = new AccountNow(1, 1, 8L, Role.USER, 6, null);

		assertThat(UndoPlanner.step(leftOut(1, RowOutcome.MOVED), moved, new Rank(10, 1, Role.ADMIN, Set.of(8L)), IMPORT)
			.kept()).isEqualTo(Kept.OUT_OF_REACH);
	}

	@Test
	void anImportThatKeptNoRecordCannotBeUndone() {
		UndoableRow old = new UndoableRow(1, "Old Row", "old@example.org", RowOutcome.CREATED, 1, null, null, null, null,
				null, null);

		assertThat(UndoPlanner.step(old, user(1, 1, null), ADMIN, IMPORT).kept()).isEqualTo(Kept.NOT_RECORDED);
	}

	@Test
	void thePlanCountsWhatGoesWhatComesBackAndWhatStaysByReason() {
		List<UndoableRow> rows = List.of(created(1), created(2), created(3), updated(4, true, false),
				updated(5, false, true), created(6));
		Map<Long, AccountNow> accounts = Map.of(1L, user(1, 1, null), 2L, user(2, 1, IMPORT.plusSeconds(5)),
				3L, user(3, 3, null), 4L, user(4, 5, null), 5L, user(5, 5, null));

		UndoPlan plan = UndoPlan.of(UndoPlanner.plan(rows, accounts, ADMIN, IMPORT));

		assertThat(plan.accountsToDelete()).isEqualTo(1);
		assertThat(plan.passwordsToRestore()).isEqualTo(1);
		assertThat(plan.tagsToRestore()).isEqualTo(1);
		assertThat(plan.keptByReason()).containsExactly(Map.entry(Kept.DELETED_SINCE, 1),
				Map.entry(Kept.SIGNED_IN_SINCE, 1), Map.entry(Kept.CHANGED_SINCE, 1));
		assertThat(plan.kept()).extracting(step -> step.row().email())
			.containsExactly("row2@example.org", "row3@example.org", "row6@example.org");
	}

	private static UndoableRow created(long userId) {
		return new UndoableRow((int) userId, "Row " + userId, "row" + userId + "@example.org", RowOutcome.CREATED,
				userId, 1, null, null, null, null, null);
	}

	private static UndoableRow updated(long userId, boolean password, boolean tags) {
		return new UndoableRow((int) userId, "Row " + userId, "row" + userId + "@example.org", RowOutcome.UPDATED,
				userId, 5, password ? new byte[] { 1 } : null, password ? Boolean.FALSE : null, tags ? "old" : null,
				null, null);
	}

	/** An account a file that was the whole group suspended, or moved to group 8, from group 7. */
	private static UndoableRow leftOut(long userId, RowOutcome outcome) {
		return new UndoableRow((int) userId, "Row " + userId, "row" + userId + "@example.org", outcome, userId, 6,
				null, null, null, "ACTIVE", 7L);
	}

	private static AccountNow user(long userId, int version, @Nullable Instant signedIn) {
		return new AccountNow(userId, 1, 7L, Role.USER, version, signedIn);
	}

}
