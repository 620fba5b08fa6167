package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The hand-written check of plain ASCII addresses says yes and no exactly where the patterns of
 * the rule do, on addresses made of the characters that matter at the edges.
 */
class EmailAddressRuleTests {

	private static final Pattern RULE = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]+@"
			+ "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,}");

	@Property(tries = 3000)
	void acceptsExactlyWhatThePatternAccepts(@ForAll("addresses") String email) {
		boolean byPattern = RULE.matcher(email).matches() && !email.substring(0, email.lastIndexOf('@')).startsWith(".")
				&& !email.substring(0, email.lastIndexOf('@')).endsWith(".")
				&& !email.substring(0, email.lastIndexOf('@')).contains("..");
		assertThat(EmailAddress.problem(email).isEmpty()).as(email).isEqualTo(byPattern);
		Statistics.collect(byPattern ? "valid" : "invalid");
		Statistics.coverage(coverage -> {
			coverage.check("valid").count(count -> count >= 100);
			coverage.check("invalid").count(count -> count >= 100);
		});
	}

	@Provide
	Arbitrary<String> addresses() {
		Arbitrary<String> odd = text("aZ9.-_+'@\"()[]\\,;:<>é\u0001", 8);
		Arbitrary<String> local = Arbitraries.frequencyOf(Tuple.of(8, text("abZ9.-_+'", 8)), Tuple.of(2, odd));
		Arbitrary<String> label = Arbitraries.frequencyOf(Tuple.of(8, text("abZ9-", 6)), Tuple.of(2, odd));
		Arbitrary<String> top = Arbitraries.frequencyOf(Tuple.of(8, text("abcZ", 4)), Tuple.of(2, text("abZ9-é", 4)));
		return Combinators.combine(local, label, label, top)
			.as((name, first, second, tld) -> name + "@" + first + (second.isEmpty() ? "" : "." + second) + "." + tld);
	}

	private static Arbitrary<String> text(String characters, int maxLength) {
		return Arbitraries.strings().withChars(characters).ofMaxLength(maxLength);
	}

}
