package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongUncommonPassword() {
		assertThat(English.of(policy.problems("Sunflower-42", "maria@example.org"))).isEmpty();
	}

	@Test
	void rejectsAShortPasswordSayingHowLongItMustBeWithoutEchoingIt() {
		assertThat(English.of(policy.problems("abc", "x@example.org")))
			.containsExactly("Password is too short: it has 3 characters; use at least 8.")
			.noneMatch(problem -> problem.contains("abc"));
	}

	@Test
	void honoursAnOrganizationsLongerMinimumButNeverGoesBelowEight() {
		assertThat(English.of(policy.problems("Sunflower-42", "x@example.org", 14))).singleElement().asString()
			.contains("use at least 14");
		assertThat(English.of(policy.problems("Sunflo-4", "x@example.org", 4))).isEmpty();
		assertThat(English.of(policy.problems("Sunflo4", "x@example.org", 4))).singleElement().asString()
			.contains("use at least 8");
	}

	@Test
	void rejectsTheEmailAddressAsPasswordWhateverItsCase() {
		assertThat(English.of(policy.problems("Maria@Example.org", "maria@example.org")))
			.contains("Password must not be the email address.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password123", "PASSWORD123", "qwertyuiop", "iloveyou", "Welcome123" })
	void rejectsCommonPasswords(String password) {
		assertThat(English.of(policy.problems(password, "x@example.org"))).singleElement().asString()
			.contains("most common passwords");
	}

	@Test
	void countsCharactersNotBytesSoEmojiAndAccentsAreFair() {
		assertThat(English.of(policy.problems("ñandú🦤🦤🦤🦤", "x@example.org"))).isEmpty();
		assertThat(English.of(policy.problems("🦤🦤🦤", "x@example.org"))).singleElement().asString().contains("it has 3 characters");
	}

	@Test
	void rejectsPasswordsLongerThanTheMaximum() {
		assertThat(English.of(policy.problems("a-B".repeat(50), "x@example.org"))).singleElement().asString().contains("too long");
	}

}
