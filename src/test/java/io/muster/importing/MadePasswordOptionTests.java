package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * "Make a password for each user": one source of passwords among three, offered beside the password
 * for everyone, and read from options saved before it existed as off.
 */
class MadePasswordOptionTests {

	private static final ColumnMapping NO_COLUMN = new ColumnMapping("Name", null, null, "Email", null, null);

	private static final ColumnMapping COLUMN = new ColumnMapping("Name", null, null, "Email", null, "Password");

	private static final List<String> COLUMNS = List.of("Name", "Email", "Password");

	@Test
	void madePasswordsNeedNoPasswordForEveryoneButExcludeAPasswordColumn() {
		MappingCheck.check(NO_COLUMN, COLUMNS, false, true);
		assertThatThrownBy(() -> MappingCheck.check(NO_COLUMN, COLUMNS, false, false))
			.isInstanceOfSatisfying(ImportRejected.class, refused -> assertThat(refused.getDetailMessageCode())
				.isEqualTo("import.problem.passwordSource"));
		assertThatThrownBy(() -> MappingCheck.check(COLUMN, COLUMNS, false, true))
			.isInstanceOfSatisfying(ImportRejected.class, refused -> assertThat(refused.getDetailMessageCode())
				.isEqualTo("cards.problem.generatedAndColumn.detail"));
	}

	@Test
	void theOptionIsOnlyTakenWithoutAPasswordColumnAndAsksForANewPasswordByDefault() {
		PreviewForm form = new PreviewForm();
		form.setGeneratePasswords(true);
		form.setNoPassword(false);
		assertThat(form.options().generatePasswords()).isFalse();
		form.setNoPassword(true);
		assertThat(form.options().generatePasswords()).isTrue();
		assertThat(new ImportOptions(1L, null, false, false, false, List.of(), null, true).asksNewPassword(true)).isTrue();
	}

	@Test
	void optionsSavedBeforeMadePasswordsReadAsWithout() {
		ImportOptions saved = ImportJobs.stored(JsonMapper.builder().build()).readValue("""
				{"groupId": 7, "role": null, "updatePasswords": false, "updateTags": false, "welcomeEmail": true,
				 "tags": ["autumn"], "askNewPassword": null}""", ImportOptions.class);
		assertThat(saved.generatePasswords()).isFalse();
		assertThat(saved.groupId()).isEqualTo(7L);
	}

}
