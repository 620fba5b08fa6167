package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.muster.web.Message;

/**
 * Each account rule on its own, at its edges: what every path (Add a user, the user page, the API,
 * bulk actions, imports) accepts and refuses, and what it says.
 */
class AccountRulesTests {

	private static final String EMOJI = "🦤";

	private static final String TEACHER = "👩\u200D🏫";

	private final AccountRules rules = new AccountRules(new PasswordPolicy(), 12,
			new Rank(10, 1, Role.ADMIN, Set.of(7L)));

	@Test
	void aFullNameHasAtMost200Characters() {
		assertThat(AccountRules.nameProblems(PersonName.full("x".repeat(200)))).isEmpty();
		assertThat(English.of(AccountRules.nameProblems(PersonName.full("x".repeat(201)))))
			.containsExactly("Name is longer than 200 characters.");
	}

	@Test
	void lengthsCountCharactersAsPeopleSeeThemNotUtf16Units() {
		String emoji = EMOJI.repeat(200);
		assertThat(emoji.length()).isEqualTo(400);

		assertThat(AccountRules.nameProblems(PersonName.full(emoji))).isEmpty();
		assertThat(AccountRules.nameProblems(PersonName.full(emoji + EMOJI))).hasSize(1);
	}

	@Test
	void aFirstOrLastNameHasAtMost100CharactersAndTheFullNameTheyMakeAtMost200() {
		assertThat(AccountRules.nameProblems(PersonName.of("x".repeat(100), "Ada"))).isEmpty();
		assertThat(English.of(AccountRules.nameProblems(PersonName.of("x".repeat(101), "y".repeat(101)))))
			.containsExactly("First name is longer than 100 characters.", "Last name is longer than 100 characters.");
		assertThat(English.of(AccountRules.nameProblems(PersonName.of("x".repeat(100), "y".repeat(100)))))
			.containsExactly("Name is longer than 200 characters.");
	}

	@Test
	void aMissingNameIsSaidAsThePathAsksForIt() {
		assertThat(English.of(AccountRules.nameProblems(PersonName.full("")))).containsExactly("Name is missing.");
		Message missing = Message.of("account.name.missing");
		assertThat(AccountRules.nameProblems(PersonName.of("", ""), missing)).containsExactly(missing);
	}

	@Test
	void aNameThatOverridesTheDirectionOfTextIsRefusedNamingTheCharacter() {
		assertThat(English.of(AccountRules.nameProblems(PersonName.full("Mia \u202Egnp.exe"))))
			.containsExactly("Name contains an invisible control character (U+202E) that would change how it shows; "
					+ "type it again without it.");
		assertThat(English.of(AccountRules.nameProblems(PersonName.of("Ada", "Love\u2066lace"))))
			.singleElement().asString().startsWith("Last name contains").contains("(U+2066)");
	}

	@Test
	void tidyingKeepsEmojiSequencesAndEveryScript() {
		assertThat(AccountRules.tidy(TEACHER + " Teacher")).isEqualTo(TEACHER + " Teacher");
		assertThat(AccountRules.tidy("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
		assertThat(AccountRules.nameProblems(PersonName.full(TEACHER + " Teacher"))).isEmpty();
	}

	@Test
	void tidyingDropsWhatShowsNothingAndMakesEveryRunOfSpacesOne() {
		assertThat(AccountRules.tidy("\uFEFF\u200BA\u200Bda\u00A0\u00A0Love\u00ADlace\t\n")).isEqualTo("Ada Lovelace");
		assertThat(AccountRules.tidy("\u200D Ada \u200D")).isEqualTo("Ada");
		assertThat(AccountRules.tidy("Jose\u0301")).isEqualTo("José");
		assertThat(AccountRules.tidy("Ada Lovelace")).isEqualTo("Ada Lovelace");
	}

	@Test
	void anAccountHasAtMost20Tags() {
		assertThat(AccountRules.tagsProblem(tags(20))).isEmpty();
		assertThat(AccountRules.tagsProblem(tags(21)).map(English::of)).hasValue("Use at most 20 tags.");
	}

	@Test
	void aTagHasAtMost100CharactersCountedAsPeopleSeeThem() {
		assertThat(AccountRules.tagsProblem(Set.of("t".repeat(100)))).isEmpty();
		assertThat(AccountRules.tagsProblem(Set.of(EMOJI.repeat(100)))).isEmpty();
		assertThat(AccountRules.tagsProblem(Set.of(EMOJI.repeat(101))).map(English::of))
			.hasValue("Tag \"" + EMOJI.repeat(20) + "…\" is longer than 100 characters.");
	}

	@Test
	void aTagWithAControlCharacterIsRefused() {
		assertThat(AccountRules.tagsProblem(Set.of("ok", "a\u0007b")).map(English::of)).get().asString()
			.startsWith("A tag contains").contains("(U+0007)");
	}

	@Test
	void typedTagsAreSplitOnCommasSemicolonsAndBarsTidiedAndWithoutRepeats() {
		assertThat(AccountRules.splitTags(" chess; year\u00A0 7 | chess ,, maths,")).containsExactly("chess", "year 7",
				"maths");
		assertThat(AccountRules.splitTags(" , ; ")).isEmpty();
	}

	@ParameterizedTest(name = "a cell {0} of a file separated by \"{1}\" holds {2} tags")
	@CsvSource(delimiter = '!', value = { "Math; Year 7 ! ; ! 1", "grade-9;spring ! , ! 2", "a,b|c ! , ! 2",
			"a,b|c ! | ! 2", "a;b,c ! tab ! 3" })
	void theFilesOwnSeparatorInAQuotedCellBelongsToTheTag(String cell, String separator, int count) {
		char fileSeparator = separator.equals("tab") ? '\t' : separator.charAt(0);
		assertThat(AccountRules.splitTags(cell, fileSeparator)).hasSize(count);
	}

	@Test
	void aClassNameBecomesOneTag() {
		assertThat(AccountRules.asOneTag("7B; Maths | Set 2")).isEqualTo("7B Maths Set 2");
	}

	@Test
	void anEmailIsCheckedByTheOneRuleOfAddresses() {
		assertThat(AccountRules.emailProblem("ada@example.org")).isEmpty();
		assertThat(AccountRules.emailProblem("ada.example.org").map(English::of))
			.hasValue("Email \"ada.example.org\" has no @ sign.");
	}

	@Test
	void aChosenPasswordFollowsThePolicyAndIsNotTheOneSomeoneElseChose() {
		String shared = "Class-7A-Start";
		assertThat(rules.chosenPasswordProblems("Sunflower-42", "maria@example.org", shared::equals)).isEmpty();
		assertThat(English.of(rules.chosenPasswordProblems(shared, "maria@example.org", shared::equals)))
			.containsExactly("This is the password you signed in with; choose a different one.");
		assertThat(English.of(rules.chosenPasswordProblems("short", "maria@example.org", typed -> true)))
			.as("the policy speaks first, so nothing tells whether a short guess was the password")
			.singleElement().asString().startsWith("Password is too short");
		assertThat(English.in(Locale.GERMAN, rules.chosenPasswordProblems(shared, "maria@example.org", shared::equals)
			.get(0))).isEqualTo("Mit diesem Passwort haben Sie sich angemeldet; wählen Sie ein anderes.");
	}

	@Test
	void passwordsFollowTheOrganizationsMinimumLength() {
		assertThat(rules.passwordProblems("Sunflower-42", "maria@example.org")).isEmpty();
		assertThat(English.of(rules.passwordProblems("Sunflower-4", "maria@example.org")))
			.containsExactly("Password is too short: it has 11 characters; use at least 12.");
		assertThat(English.of(rules.passwordRules())).startsWith("At least 12 characters");
	}

	@Test
	void severalProblemsAreSaidTogetherInOneMessage() {
		Message together = AccountRules.together(rules.passwordProblems("password", "x@example.org"));

		assertThat(English.of(together)).isEqualTo("Password is too short: it has 8 characters; use at least 12. "
				+ "Password is one of the most common passwords; choose one that is harder to guess.");
	}

	@ParameterizedTest(name = "an Administrator gives the role {0}: {1}")
	@CsvSource({ "USER, true", "ADMIN, false", "SYSTEM_ADMIN, false" })
	void anAdministratorGivesNoRoleAboveUser(Role role, boolean granted) {
		assertThat(rules.rank().mayGrant(role)).isEqualTo(granted);
		assertThat(rules.rank().mayCreate(7L, role)).isEqualTo(granted);
		assertThat(rules.rank().mayCreate(8L, role)).isFalse();
	}

	@Test
	void problemsAreSaidInTheReadersLanguage() {
		Message problem = AccountRules.nameProblems(PersonName.of("x".repeat(101), "Ada")).get(0);

		assertThat(English.in(Locale.GERMAN, problem)).isEqualTo("Der Vorname ist länger als 100 Zeichen.");
	}

	private static Set<String> tags(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> "tag" + i).collect(Collectors.toSet());
	}

}
