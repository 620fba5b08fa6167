package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * "Ask for a new password at first sign-in": on by default when one password is typed for everyone,
 * off by default with a password column, and what the administrator ticked otherwise; the options
 * step shows the default until something was chosen.
 */
class AskNewPasswordTests {

	private static final ColumnMapping SHARED = new ColumnMapping("Name", null, null, "Email", null, null);

	private static final ColumnMapping OWN = new ColumnMapping("Name", null, null, "Email", null, "Password");

	@Test
	void onePasswordForEveryoneAsksByDefaultAndAPasswordColumnDoesNot() {
		ImportOptions untouched = ImportOptions.none();
		assertThat(untouched.asksNewPassword(true)).isTrue();
		assertThat(untouched.asksNewPassword(false)).isFalse();
	}

	@Test
	void whatWasChosenWinsOverTheDefault() {
		assertThat(options(false).asksNewPassword(true)).isFalse();
		assertThat(options(true).asksNewPassword(false)).isTrue();
	}

	@Test
	void theOptionsStepTicksTheDefaultUntilSomethingWasChosen() {
		assertThat(PreviewForm.of(draft(SHARED, null)).isAskNewPassword()).isTrue();
		assertThat(PreviewForm.of(draft(OWN, null)).isAskNewPassword()).isFalse();
		assertThat(PreviewForm.of(draft(SHARED, options(false))).isAskNewPassword()).isFalse();
		assertThat(PreviewForm.of(draft(OWN, options(true))).options().askNewPassword()).isTrue();
	}

	private static ImportOptions options(boolean askNewPassword) {
		return new ImportOptions(null, null, false, false, false, List.of(), askNewPassword);
	}

	private static ImportDraft draft(ColumnMapping mapping, @Nullable ImportOptions options) {
		return new ImportDraft(UUID.randomUUID(), ImportSource.CSV, "class.csv", "UTF-8", ",", true,
				List.of("Name", "Email", "Password"), List.of(), List.of(), mapping, mapping, false, options);
	}

}
