package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.muster.web.Message;

class VisibleTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "Mia Müller", "李明", "محمد علي", "Zoë 🙂", "José-María O'Neil", "👩‍🏫 Teacher", "" })
	void keepsEveryScriptAndEmoji(String name) {
		assertThat(AccountRules.visibleTextProblem(Message.of("rules.label.name"), name)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mia\u202Egnp.exe", "\u001B[31mRed", "Bell\u0007", "Line\u2028Break", "Iso\u2066late",
			"C1\u009Bcontrol", "Tab\tinside" })
	void refusesControlAndDirectionOverrideCharactersNamingTheFirst(String name) {
		int refused = name.codePoints().filter(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x202E || c == 0x2028
				|| c == 0x2066).findFirst().orElseThrow();

		assertThat(AccountRules.visibleTextProblem(Message.of("rules.label.firstName"), name).map(English::of)).hasValue("First name contains an invisible control "
				+ "character (U+" + String.format("%04X", refused) + ") that would change how it shows; type it again "
				+ "without it.");
	}

}
