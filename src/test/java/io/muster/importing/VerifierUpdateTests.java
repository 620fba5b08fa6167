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
 * What Update Passwords and Update tags do to a row, one rule a test: which action a row gets, and
 * why a row is refused when the account is missing, outranks the importer or is out of their reach.
 */
class VerifierUpdateTests {

	private static final long SCHOOL = 1;

	private static final long CLASS_7A = 10;

	private static final long CLASS_7B = 11;

	private static final ColumnMapping WITH_PASSWORDS = new ColumnMapping("Name", null, null, "Email", "Tags",
			"Password");

	private static final Rank SYSTEM_ADMINISTRATOR = new Rank(100, SCHOOL, Role.SYSTEM_ADMIN, Set.of());

	private static final Rank ADMINISTRATOR_OF_7A = new Rank(101, SCHOOL, Role.ADMIN, Set.of(CLASS_7A));

	private static final DraftRow ADA = new DraftRow(1, 2, "Ada", "", "", "ada@example.org", "chess",
			"Ada-New-Pass-2026", null, null);

	@Test
	void updatePasswordsGivesAnExistingUserTheNewPassword() {
		assertThat(verdict(ADMINISTRATOR_OF_7A, user(Role.USER, CLASS_7A), true, false).action())
			.isEqualTo(RowAction.UPDATE_PASSWORD);
	}

	@Test
	void updateTagsGivesAnExistingUserTheTags() {
		assertThat(verdict(ADMINISTRATOR_OF_7A, user(Role.USER, CLASS_7A), false, true).action())
			.isEqualTo(RowAction.UPDATE_TAGS);
	}

	@Test
	void bothOptionsDoBoth() {
		assertThat(verdict(ADMINISTRATOR_OF_7A, user(Role.USER, CLASS_7A), true, true).action())
			.isEqualTo(RowAction.UPDATE_PASSWORD_AND_TAGS);
	}

	@Test
	void updatePasswordsCreatesNoOne() {
		RowVerdict verdict = verdict(SYSTEM_ADMINISTRATOR, null, true, false);

		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.reasons()).containsExactly(Message.of("import.reason.noAccountToUpdate"));
	}

	@Test
	void updateTagsAloneStillCreatesNewAccounts() {
		assertThat(verdict(SYSTEM_ADMINISTRATOR, null, false, true).action()).isEqualTo(RowAction.CREATE);
	}

	@Test
	void anAdministratorCannotChangeAnotherAdministratorOfTheirOwnGroup() {
		RowVerdict verdict = verdict(ADMINISTRATOR_OF_7A, user(Role.ADMIN, CLASS_7A), true, false);

		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.reasons()).containsExactly(Rank.outranked(Role.ADMIN));
	}

	@Test
	void anAdministratorCannotChangeASystemAdministrator() {
		RowVerdict verdict = verdict(ADMINISTRATOR_OF_7A, user(Role.SYSTEM_ADMIN, CLASS_7A), false, true);

		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.reasons()).containsExactly(Rank.outranked(Role.SYSTEM_ADMIN));
	}

	@Test
	void aSystemAdministratorChangesAnyoneOfTheOrganization() {
		assertThat(verdict(SYSTEM_ADMINISTRATOR, user(Role.SYSTEM_ADMIN, CLASS_7B), true, true).action())
			.isEqualTo(RowAction.UPDATE_PASSWORD_AND_TAGS);
	}

	@Test
	void aUserOfAGroupTheAdministratorDoesNotManageIsNotTheirs() {
		RowVerdict verdict = verdict(ADMINISTRATOR_OF_7A, user(Role.USER, CLASS_7B), true, false);

		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.reasons()).containsExactly(Message.of("import.reason.notManaged"));
	}

	@Test
	void anAccountOfAnotherOrganizationIsOnlySaidToBeTaken() {
		ExistingAccount elsewhere = new ExistingAccount(7, "ada@example.org", SCHOOL + 1, 99L, Role.USER);

		RowVerdict verdict = verdict(SYSTEM_ADMINISTRATOR, elsewhere, true, false);

		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.reasons()).containsExactly(Message.of("import.reason.emailTaken"));
	}

	private static ExistingAccount user(Role role, long group) {
		return new ExistingAccount(7, "ada@example.org", SCHOOL, group, role);
	}

	private static RowVerdict verdict(Rank importer, ExistingAccount account, boolean updatePasswords,
			boolean updateTags) {
		ImportOptions options = new ImportOptions(CLASS_7A, null, updatePasswords, updateTags, false, List.of());
		Map<String, ExistingAccount> existing = account == null ? Map.of() : Map.of("ada@example.org", account);
		return new Verifier(WITH_PASSWORDS, ',', options, existing,
				new AccountRules(new PasswordPolicy(), PasswordPolicy.MIN_LENGTH, importer), Map.of())
			.verify(ADA, null);
	}

}
