package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The passwords Muster makes for sign-in cards: under the policy, readable without look-alikes,
 * random enough, and different each time.
 */
class PasswordGeneratorTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void madePasswordsAreThreeWordsAndFourDigitsThePolicyAccepts() {
		AccountRules rules = new AccountRules(policy, PasswordPolicy.MIN_LENGTH, Rank.nobody(0, 1));
		for (int i = 0; i < 1_000; i++) {
			String password = rules.makePassword("mia.muller@students.example.org");
			assertThat(password).matches("[a-km-z]+-[a-km-z]+-[a-km-z]+-[2-9]{4}");
			assertThat(policy.problems(password, "mia.muller@students.example.org")).isEmpty();
		}
	}

	@Test
	void noPasswordHoldsACharacterThatLooksLikeAnother() {
		IntStream.range(0, 2_000).mapToObj(i -> PasswordGenerator.make(8)).forEach(password -> assertThat(password)
			.as(password).doesNotContainAnyWhitespaces().doesNotContain("l", "I", "1", "0", "O"));
		assertThat(PasswordGenerator.dictionary()).allSatisfy(word -> assertThat(word).matches("[a-km-z]{3,6}"))
			.doesNotHaveDuplicates();
	}

	@Test
	void hasAtLeastFortyBitsOfRandomness() {
		// 997 words, three of them: 3 × log2(997) = 29.9 bits; four digits of eight: 12 bits.
		assertThat(PasswordGenerator.dictionary()).hasSizeGreaterThanOrEqualTo(997);
		assertThat(PasswordGenerator.bits()).isGreaterThanOrEqualTo(40).isCloseTo(41.9, offset(0.1));
	}

	@Test
	void tenThousandMadePasswordsAreAllDifferent() {
		Set<String> made = new HashSet<>();
		IntStream.range(0, 10_000).forEach(i -> made.add(PasswordGenerator.make(8)));
		assertThat(made).hasSize(10_000);
	}

	@Test
	void anOrganizationsLongerMinimumGetsMoreWords() {
		AccountRules rules = new AccountRules(policy, 40, Rank.nobody(0, 1));
		List<String> made = IntStream.range(0, 200).mapToObj(i -> rules.makePassword("x@example.org")).toList();
		assertThat(made).allSatisfy(password -> {
			assertThat(password.length()).isGreaterThanOrEqualTo(40);
			assertThat(policy.problems(password, "x@example.org", 40)).isEmpty();
		});
	}

}
