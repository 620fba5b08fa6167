package io.muster.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.core.io.ClassPathResource;

/**
 * Makes passwords a child can read off a card and type: three short common words and four digits,
 * such as {@code tiger-cake-moon-4827}.
 *
 * <p>Nothing in them looks like something else: the words are lower case without the letter l, and
 * the digits are 2 to 9 (no 0 or 1). Each part is drawn uniformly with a {@link SecureRandom}, so a
 * password is one of {@code words³ × 8⁴}: with the 997 words of {@code directory/card-words.txt}
 * that is 2^41.9, about 42 bits ({@link #bits()}), well above the 40 asked of it. Whether one meets
 * an organization's policy is still the {@link PasswordPolicy}'s to say, through
 * {@link AccountRules#makePassword}.
 */
final class PasswordGenerator {

	static final int WORDS = 3;

	static final int DIGITS = 4;

	static final String DIGIT_CHOICES = "23456789";

	private static final List<String> DICTIONARY = load();

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordGenerator() {
	}

	/**
	 * A new password of at least {@code minLength} characters: more words when three are too short
	 * for an organization's minimum.
	 */
	static String make(int minLength) {
		StringJoiner words = new StringJoiner("-");
		int length = DIGITS;
		for (int i = 0; i < WORDS || length < minLength; i++) {
			String word = DICTIONARY.get(RANDOM.nextInt(DICTIONARY.size()));
			words.add(word);
			length += word.length() + 1;
		}
		StringBuilder digits = new StringBuilder(DIGITS);
		for (int i = 0; i < DIGITS; i++) {
			digits.append(DIGIT_CHOICES.charAt(RANDOM.nextInt(DIGIT_CHOICES.length())));
		}
		return words + "-" + digits;
	}

	/** How many bits of randomness a password of three words and four digits has. */
	static double bits() {
		return WORDS * log2(DICTIONARY.size()) + DIGITS * log2(DIGIT_CHOICES.length());
	}

	static List<String> dictionary() {
		return DICTIONARY;
	}

	private static double log2(int choices) {
		return Math.log(choices) / Math.log(2);
	}

	private static List<String> load() {
		try (InputStream in = new ClassPathResource("directory/card-words.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.distinct()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The word list for made passwords is missing from the build", ex);
		}
	}

}
