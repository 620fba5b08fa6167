package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

	@ParameterizedTest
	@ValueSource(strings = { "ada@example.org", "ada.lovelace+math@school.example.co.uk", "jürgen@müller.de",
			"o'brien@example.ie" })
	void acceptsOrdinaryAddresses(String email) {
		assertThat(EmailAddress.problem(email)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"not-an-email | has no @ sign",
			"@example.org | no valid name before the @ sign",
			"ada@ | no valid domain after the @ sign",
			"ada@example | no valid domain after the @ sign",
			"ada@@example.org | no valid name before the @ sign",
			"ada..l@example.org | no valid name before the @ sign",
			"'ada @example.org' | contains a space" })
	void explainsWhatIsWrong(String email, String reason) {
		assertThat(EmailAddress.problem(email).map(English::of)).get().asString().contains(reason);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ada@Example.org", " ada@example.org\t", "\u0001ada@example.org", "\u00a0ADA@example.org\u2003",
			"\u0000\u001fada@EXAMPLE.ORG\n" })
	void everyVariantOfAnAddressHasTheSameKey(String variant) {
		assertThat(EmailAddress.key(variant)).isEqualTo("ada@example.org");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void saysWhenTheEmailIsMissing(String email) {
		assertThat(EmailAddress.problem(email).map(English::of)).contains("Email is missing.");
	}

}
