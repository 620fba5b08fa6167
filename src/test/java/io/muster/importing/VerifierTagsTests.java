package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.muster.directory.AccountRules;
import io.muster.directory.PasswordPolicy;
import io.muster.directory.Rank;
import io.muster.directory.Role;
import io.muster.web.Message;

/**
 * A row's tags as the directory's account rules read them: a tag cell keeps the file's own
 * separator, the options' tags come first, and an import gives no account more tags than Add a user.
 */
class VerifierTagsTests {

	private static final ColumnMapping WITH_TAGS = new ColumnMapping("Name", null, null, "Email", "Tags", null);

	private static final AccountRules RULES = new AccountRules(new PasswordPolicy(), PasswordPolicy.MIN_LENGTH,
			new Rank(1, 1, Role.SYSTEM_ADMIN, Set.of()));

	@Test
	void aSemicolonFilesQuotedSemicolonBelongsToTheTag() {
		assertThat(verify(';', List.of(), "Math; Year 7|chess").tags()).containsExactly("Math; Year 7", "chess");
		assertThat(verify(',', List.of(), "Math; Year 7|chess").tags()).containsExactly("Math", "Year 7", "chess");
	}

	@Test
	void theOptionsTagsComeFirstWithoutRepeats() {
		assertThat(verify(',', List.of("autumn, chess"), "chess;year 7").tags()).containsExactly("autumn", "chess",
				"year 7");
	}

	@Test
	void anImportGivesAnAccountAtMost20Tags() {
		String twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "t" + i).collect(Collectors.joining(";"));

		assertThat(verify(',', List.of(), twenty).valid()).isTrue();
		RowVerdict tooMany = verify(',', List.of("one more"), twenty);
		assertThat(tooMany.valid()).isFalse();
		assertThat(tooMany.reasons()).containsExactly(Message.of("rules.tags.tooMany", AccountRules.MAX_TAGS));
	}

	private static RowVerdict verify(char separator, List<String> optionTags, String cell) {
		ImportOptions options = new ImportOptions(1L, null, false, false, false, optionTags);
		DraftRow row = new DraftRow(1, 2, "Ada Lovelace", "", "", "ada@example.org", cell, null, null, null);
		return new Verifier(WITH_TAGS, separator, options, Map.of(), RULES, Map.of()).verify(row, null);
	}

}
