package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.muster.directory.AccountRules;
import io.muster.directory.ExistingAccount;
import io.muster.directory.PasswordPolicy;
import io.muster.directory.Rank;
import io.muster.directory.Role;
import io.muster.web.Message;

/**
 * How staged rows are verified: one pass over a draft, or one row alone after a Fix, with the same
 * verdicts; what the source refused stays refused, and a fix replaces only what was typed.
 */
class StagedRowVerificationTests {

	private static final ColumnMapping ONE_NAME = new ColumnMapping("Name", null, null, "Email", null, null);

	private static final ColumnMapping FIRST_AND_LAST = new ColumnMapping(null, "first", "last", "email", null, null);

	private static final ImportOptions CREATE = new ImportOptions(1L, null, false, false, false, List.of());

	private final Verifier verifier = verifier(ONE_NAME, Map.of());

	@Test
	void aRepeatedEmailNamesTheFirstRowThatHasIt() {
		List<RowVerdict> verdicts = verifier.verify(List.of(row(1, "Ada", "ada@example.org"),
				row(2, "Bob", "bob@example.org"), row(3, "Ada Again", " ADA@example.org ")));

		assertThat(verdicts).extracting(RowVerdict::valid).containsExactly(true, true, false);
		assertThat(verdicts.get(2).reasons()).containsExactly(Message.of("import.reason.sameEmail", 1));
	}

	@Test
	void oneRowAloneGetsTheVerdictOfTheWholePass() {
		DraftRow third = row(3, "Ada Again", "ada@example.org");

		assertThat(verifier.verify(third, 1)).isEqualTo(verifier.verify(List.of(row(1, "Ada", "ada@example.org"),
				row(2, "Bob", "bob@example.org"), third)).get(2));
	}

	@Test
	void whatTheSourceRefusedNoFixCanChange() {
		Message invited = Message.of("classroom.refusal.onlyInvited", "7A Biology");
		DraftRow refused = new DraftRow(1, 2, "", "Leo", "Fischer", "leo@example.org", "", null, null, invited);

		RowVerdict verdict = verifier(new ColumnMapping(null, "first", "last", "email", null, null), Map.of())
			.verify(refused.fixed(new RowFix(null, "Leonard", null, null, null, null)), null);

		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.fixable()).isFalse();
		assertThat(verdict.name()).isEqualTo("Leonard Fischer");
		assertThat(verdict.reasons()).containsExactly(invited);
	}

	@Test
	void aRowWithAValueTooManyStaysInvalidWhateverIsFixed() {
		Message shape = Message.of("import.reason.valueCount", 3, 2);
		DraftRow row = new DraftRow(1, 2, "Ada", "", "", "ada@example.org", "", null, shape, null);

		RowVerdict verdict = verifier.verify(row.fixed(new RowFix("Ada Lovelace", null, null, null, null, null)), null);

		assertThat(verdict.fixable()).isTrue();
		assertThat(verdict.reasons()).containsExactly(shape);
	}

	@Test
	void aPasswordTypedInAFixIsTheRowsOwnEvenWithoutAPasswordColumn() {
		DraftRow fixed = row(1, "Ada", "ada@example.org").fixed(new RowFix(null, null, null, null, null, " Own-Pass-2026 "));

		assertThat(verifier.verify(fixed, null).password()).isEqualTo("Own-Pass-2026");
		assertThat(verifier.verify(row(1, "Ada", "ada@example.org"), null).password()).isNull();
	}

	@Test
	void anEmptyCellOfThePasswordColumnIsAMissingPassword() {
		ColumnMapping withPasswords = new ColumnMapping("Name", null, null, "Email", null, "Password");
		DraftRow row = new DraftRow(1, 2, "Ada", "", "", "ada@example.org", "", "", null, null);

		assertThat(verifier(withPasswords, Map.of()).verify(row, null).reasons())
			.containsExactly(Message.of("import.reason.passwordMissing"));
	}

	@Test
	void anExistingAccountIsNotCreatedAgain() {
		ExistingAccount ada = new ExistingAccount(7, "ada@example.org", 1, 1L, Role.USER);

		RowVerdict verdict = verifier(ONE_NAME, Map.of("ada@example.org", ada)).verify(row(1, "Ada", "ADA@example.org"), null);

		assertThat(verdict.action()).isEqualTo(RowAction.SKIP);
		assertThat(verdict.reasons()).containsExactly(Message.of(Verifier.ALREADY_HAS_ACCOUNT));
	}

	@Test
	void aSourcesOwnFullNameIsKeptBesideFirstAndLastName() {
		DraftRow ming = new DraftRow(1, 2, "李明", "明", "李", "li.ming@example.org", "", null, null, null);

		RowVerdict verdict = verifier(FIRST_AND_LAST, Map.of()).verify(ming, null);

		assertThat(verdict.valid()).isTrue();
		assertThat(List.of(verdict.name(), verdict.firstName(), verdict.lastName())).containsExactly("李明", "明", "李");
	}

	@Test
	void aFixOfFirstOrLastNameMakesTheFullNameOfTheTwoAgain() {
		DraftRow ming = new DraftRow(1, 2, "李明", "明", "李", "li.ming@example.org", "", null, null, null);
		Verifier firstAndLast = verifier(FIRST_AND_LAST, Map.of());

		assertThat(firstAndLast.verify(ming.fixed(new RowFix(null, "明", "李", "ming@example.org", null, null)), null)
			.name()).as("the same names typed again").isEqualTo("李明");
		assertThat(firstAndLast.verify(ming.fixed(new RowFix(null, "Ming", "Li", null, null, null)), null).name())
			.isEqualTo("Ming Li");
	}

	@Test
	void aValueLongerThanAnyRuleAllowsIsStagedCutButStillRefused() {
		DraftRow row = row(1, "A".repeat(DraftRow.MAX_VALUE + 50), "ada@example.org");

		assertThat(row.fullName()).hasSize(DraftRow.MAX_VALUE);
		assertThat(verifier.verify(row, null).valid()).isFalse();
	}

	private static DraftRow row(int number, String name, String email) {
		return new DraftRow(number, number + 1L, name, "", "", email, "", null, null, null);
	}

	private static Verifier verifier(ColumnMapping mapping, Map<String, ExistingAccount> existing) {
		return new Verifier(mapping, ',', CREATE, existing, new AccountRules(new PasswordPolicy(),
				PasswordPolicy.MIN_LENGTH, new Rank(1, 1, Role.SYSTEM_ADMIN, Set.of())), Map.of());
	}

}
