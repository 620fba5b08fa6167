package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The name links of the preview keep the names mapped instead of dropping them. */
class PreviewFormTests {

	private static final List<String> COLUMNS = List.of("Vorname", "Nachname", "E-Mail");

	private static final ColumnMapping FIRST_AND_LAST = new ColumnMapping(null, "Vorname", "Nachname", "E-Mail", null,
			null);

	@Test
	void oneColumnForNameMapsTheFirstNameColumnToTheFullName() {
		PreviewForm form = form("firstName", "lastName", "email");

		form.useOneName(COLUMNS, FIRST_AND_LAST);
		form.keepOfferedFieldsOnly();

		assertThat(form.getFields()).containsExactly("fullName", "", "email");
		assertThat(form.isOneName()).isTrue();
	}

	@Test
	void oneColumnForNameTakesTheColumnThatHoldsTheNames() {
		PreviewForm form = form("", "", "email");

		form.useOneName(List.of("Nr", "Schüler", "E-Mail"), new ColumnMapping("Schüler", null, null, "E-Mail", null, null));

		assertThat(form.getFields()).containsExactly("", "fullName", "email");
	}

	@Test
	void twoColumnsForNameTakeTheSuggestedOnesElseTheFullNameColumnAsTheFirstName() {
		PreviewForm suggested = form("fullName", "", "email");
		suggested.useTwoNames(COLUMNS, FIRST_AND_LAST);
		assertThat(suggested.getFields()).containsExactly("firstName", "lastName", "email");

		PreviewForm unknown = form("", "fullName", "email");
		unknown.useTwoNames(List.of("Nr", "Name", "E-Mail"), new ColumnMapping("Name", null, null, "E-Mail", null, null));
		assertThat(unknown.getFields()).containsExactly("", "firstName", "email");
	}

	private static PreviewForm form(String... fields) {
		PreviewForm form = new PreviewForm();
		form.setFields(List.of(fields));
		return form;
	}

}
