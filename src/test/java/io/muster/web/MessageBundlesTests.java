package io.muster.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle says the same things in English and German: the same keys, patterns that parse,
 * and the same arguments in both, so that no page, problem or mail falls back to a code or loses a
 * value in one language.
 */
class MessageBundlesTests {

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	static Stream<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".properties") && !name.contains("_"))
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void englishAndGermanHaveTheSameKeys(String bundle) throws IOException {
		Properties english = load(bundle + ".properties");
		Properties german = load(bundle + "_de.properties");
		assertThat(new TreeSet<>(german.stringPropertyNames())).as("keys of %s_de", bundle)
			.containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyPatternParsesWithTheSameArgumentsInBothLanguages(String bundle) throws IOException {
		Properties english = load(bundle + ".properties");
		Properties german = load(bundle + "_de.properties");
		List<String> wrong = new ArrayList<>();
		for (String key : new TreeSet<>(english.stringPropertyNames())) {
			String inGerman = german.getProperty(key);
			if (inGerman == null) {
				continue;
			}
			Set<Integer> englishArguments = arguments(key, english.getProperty(key), wrong);
			Set<Integer> germanArguments = arguments(key + " (de)", inGerman, wrong);
			if (!englishArguments.equals(germanArguments)) {
				wrong.add(key + ": arguments " + englishArguments + " in English, " + germanArguments + " in German");
			}
		}
		assertThat(wrong).as("patterns of %s", bundle).isEmpty();
	}

	/**
	 * The argument indices of a pattern, checking that it parses and, as a pattern with arguments
	 * is run through MessageFormat, that every apostrophe in it is doubled.
	 */
	private static Set<Integer> arguments(String key, String pattern, List<String> wrong) {
		Set<Integer> indices = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(pattern);
		while (matcher.find()) {
			indices.add(Integer.valueOf(matcher.group(1)));
		}
		if (indices.isEmpty()) {
			return indices;
		}
		try {
			MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
			// Formatting parses the plural forms too, with one and with many of each number.
			for (long count : new long[] { 1, 2 }) {
				Object[] values = new Object[((TreeSet<Integer>) indices).last() + 1];
				Arrays.fill(values, count);
				format.format(values);
			}
		}
		catch (IllegalArgumentException ex) {
			wrong.add(key + ": " + ex.getMessage());
		}
		if (pattern.replace("''", "").contains("'")) {
			wrong.add(key + ": an apostrophe in a pattern with arguments must be doubled ('')");
		}
		return indices;
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(BUNDLES.resolve(file))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
