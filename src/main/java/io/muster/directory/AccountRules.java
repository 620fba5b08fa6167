package io.muster.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import io.muster.web.Message;

/**
 * The rules for a person's account, for every path that creates or changes one: Add a user, the
 * user page, the API, bulk actions, password resets, email changes and imports alike.
 *
 * <p>A value is first {@linkplain #tidy tidied}, then checked. Lengths count code points, the
 * characters a person sees (an emoji is one, whatever UTF-16 makes of it): a full name has at most
 * {@value #MAX_NAME}, a first or a last name {@value #MAX_NAME_PART}, a tag {@value #MAX_TAG}, and an
 * account at most {@value #MAX_TAGS} tags. Names and tags take every script and emoji, but no
 * control characters, line separators or marks that override the direction of text, which make a
 * name show as something it is not. Problems are {@link Message}s for the bundles, never the value
 * of a password.
 *
 * <p>An instance adds what depends on the organization and the caller: the password policy with the
 * organization's minimum length, and the caller's {@link Rank}. {@link DirectoryService#rulesFor}
 * reads both once, so that one instance checks thousands of rows without another query.
 */
public final class AccountRules {

	public static final int MAX_NAME = 200;

	public static final int MAX_NAME_PART = 100;

	public static final int MAX_TAG = 100;

	public static final int MAX_TAGS = 20;

	/** The characters that separate tags typed by a person or written in a file's tag cell. */
	public static final String TAG_SEPARATORS = ",;|";

	/** How much of a refused tag its problem repeats, so the person finds it. */
	private static final int TAG_SHOWN = 20;

	private static final Message NAME = Message.of("rules.label.name");

	private static final Message FIRST_NAME = Message.of("rules.label.firstName");

	private static final Message LAST_NAME = Message.of("rules.label.lastName");

	private static final Message A_TAG = Message.of("rules.label.tag");

	private static final Message NAME_MISSING = Message.of("rules.name.missing");

	private final PasswordPolicy passwords;

	private final int minPasswordLength;

	private final Rank rank;

	/**
	 * The rules with this policy, minimum length and rank; {@link DirectoryService#rulesFor} reads
	 * them from the directory.
	 */
	public AccountRules(PasswordPolicy passwords, int minPasswordLength, Rank rank) {
		this.passwords = passwords;
		this.minPasswordLength = minPasswordLength;
		this.rank = rank;
	}

	/**
	 * Who the caller may change, as it was read when these rules were made.
	 */
	public Rank rank() {
		return rank;
	}

	/**
	 * What is wrong with a password for an account with this email address (blank for a password
	 * shared by many accounts); empty when it is fine.
	 */
	public List<Message> passwordProblems(String password, String email) {
		return passwords.problems(password, email, minPasswordLength);
	}

	/**
	 * What is wrong with the password a person chooses to replace one that someone else chose (an
	 * import's password for everyone, an administrator's): the policy's problems, else that it is
	 * the password they have now; {@code isCurrent} tells, so that these rules need no hash.
	 */
	public List<Message> chosenPasswordProblems(String password, String email, Predicate<String> isCurrent) {
		List<Message> problems = passwordProblems(password, email);
		if (problems.isEmpty() && isCurrent.test(password)) {
			return List.of(Message.of("rules.password.unchanged"));
		}
		return problems;
	}

	/**
	 * A password made for the person with this email address (see {@link PasswordGenerator}), one
	 * this organization's policy accepts: a made one the policy refuses is thrown away.
	 */
	public String makePassword(String email) {
		for (int attempt = 0; attempt < 100; attempt++) {
			String password = PasswordGenerator.make(minPasswordLength);
			if (passwordProblems(password, email).isEmpty()) {
				return password;
			}
		}
		throw new IllegalStateException("The password policy refused 100 made passwords in a row");
	}

	/**
	 * The password rules in one sentence, for people to read before they type.
	 */
	public Message passwordRules() {
		return passwords.describe(minPasswordLength);
	}

	/**
	 * Several problems as one message, said one after the other, for a refusal that carries one.
	 */
	public static Message together(List<Message> problems) {
		Message together = problems.get(problems.size() - 1);
		for (int i = problems.size() - 2; i >= 0; i--) {
			together = Message.of("rules.together", problems.get(i), together);
		}
		return together;
	}

	/**
	 * A value as typed into a form or a spreadsheet, without changing what it says: in Unicode NFC
	 * (so that "é" typed two ways compares equal), without the invisible characters that only get in
	 * the way (zero-width spaces, stray byte order marks, soft hyphens), with every run of white
	 * space (no-break spaces and line breaks included) made one space, and stripped. Joiners stay
	 * between characters, where they make emoji sequences and the words of many scripts.
	 */
	public static String tidy(String raw) {
		if (isTidyAscii(raw)) {
			return raw;
		}
		String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
		StringBuilder tidy = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isDropped(c)) {
				continue;
			}
			if (isSpace(c)) {
				space = true;
				continue;
			}
			if (space && !tidy.isEmpty()) {
				tidy.append(' ');
			}
			space = false;
			tidy.append(c);
		}
		return trimEnds(tidy.toString());
	}

	/**
	 * What is wrong with a person's name; empty when it is fine. A name given in two parts is checked
	 * part by part and as the full name they make.
	 */
	public static List<Message> nameProblems(PersonName name) {
		return nameProblems(name, NAME_MISSING);
	}

	/**
	 * The same rules, saying it as {@code missing} when there is no name at all, as the path that
	 * asks for it puts it (a form's field, a file's columns).
	 */
	public static List<Message> nameProblems(PersonName name, Message missing) {
		if (name.fullName().isBlank()) {
			return List.of(missing);
		}
		List<Message> problems = new ArrayList<>(2);
		if (name.firstName() != null || name.lastName() != null) {
			textProblem(FIRST_NAME, text(name.firstName()), MAX_NAME_PART).ifPresent(problems::add);
			textProblem(LAST_NAME, text(name.lastName()), MAX_NAME_PART).ifPresent(problems::add);
			if (!problems.isEmpty()) {
				return problems;
			}
		}
		textProblem(NAME, name.fullName(), MAX_NAME).ifPresent(problems::add);
		return problems;
	}

	/**
	 * What is wrong with the name of a group; groups follow the rules of a person's full name.
	 */
	static Optional<Message> groupNameProblem(String name) {
		if (name.isBlank()) {
			return Optional.of(Message.of("rules.groupName.missing"));
		}
		return textProblem(NAME, name, MAX_NAME);
	}

	/**
	 * What is wrong with an email address; empty when it can be used.
	 */
	public static Optional<Message> emailProblem(String email) {
		return EmailAddress.problem(email);
	}

	/**
	 * Reads tags as a person types them: separated by commas, semicolons or bars ({@value
	 * #TAG_SEPARATORS}), each {@linkplain #tidy tidied}, without empty or repeated ones, in the order
	 * given.
	 */
	public static Set<String> splitTags(String typed) {
		return split(typed, (char) 0);
	}

	/**
	 * Reads the tag cell of a file whose columns are separated by {@code fileSeparator}: as typed
	 * tags, except that the file's own separator belongs to the tag. A cell holds it only where it
	 * was quoted to keep it, so a semicolon file's {@code "Math; Year 7"} is one tag, while a comma
	 * file's {@code "grade-9;spring"} is two.
	 */
	public static Set<String> splitTags(String cell, char fileSeparator) {
		return split(cell, fileSeparator);
	}

	/**
	 * A text as one tag, such as the name of a class: the characters that separate tags become
	 * spaces.
	 */
	public static String asOneTag(String text) {
		StringBuilder tag = new StringBuilder(text);
		for (int i = 0; i < tag.length(); i++) {
			if (TAG_SEPARATORS.indexOf(tag.charAt(i)) >= 0) {
				tag.setCharAt(i, ' ');
			}
		}
		return tidy(tag.toString());
	}

	/**
	 * What is wrong with the tags of one account; empty when they are fine.
	 */
	public static Optional<Message> tagsProblem(Collection<String> tags) {
		if (tags.size() > MAX_TAGS) {
			return Optional.of(Message.of("rules.tags.tooMany", MAX_TAGS));
		}
		for (String tag : tags) {
			if (length(tag) > MAX_TAG) {
				return Optional.of(Message.of("rules.tag.tooLong", tag.substring(0, tag.offsetByCodePoints(0, TAG_SHOWN)),
						MAX_TAG));
			}
			Optional<Message> invisible = visibleTextProblem(A_TAG, tag);
			if (invisible.isPresent()) {
				return invisible;
			}
		}
		return Optional.empty();
	}

	/**
	 * What is wrong with text shown to others as it was typed, naming the first character refused;
	 * empty when it is fine.
	 *
	 * @param label how the value is called in the sentence, such as "First name"
	 */
	public static Optional<Message> visibleTextProblem(Message label, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 || c >= 0x7F) && isRefused(c)) {
				return Optional.of(Message.of("rules.invisible", label, String.format(Locale.ROOT, "%04X", (int) c)));
			}
		}
		return Optional.empty();
	}

	private static Optional<Message> textProblem(Message label, String value, int max) {
		if (length(value) > max) {
			return Optional.of(Message.of("rules.tooLong", label, max));
		}
		return visibleTextProblem(label, value);
	}

	/**
	 * The tags of a text in the order typed, once each, as an unmodifiable set. Most cells hold one
	 * tag or none, which costs no set of its own: a file of 100,000 rows splits as many cells.
	 *
	 * @param kept a separator that belongs to the tag here, or {@code 0} for none
	 */
	private static Set<String> split(String raw, char kept) {
		@Nullable String first = null;
		@Nullable Set<String> tags = null;
		int start = 0;
		for (int i = 0; i <= raw.length(); i++) {
			if (i == raw.length() || isTagSeparator(raw.charAt(i), kept)) {
				String tag = tidy(raw.substring(start, i));
				if (tag.isEmpty() || tag.equals(first)) {
					start = i + 1;
					continue;
				}
				if (first == null) {
					first = tag;
				}
				else {
					if (tags == null) {
						tags = new LinkedHashSet<>();
						tags.add(first);
					}
					tags.add(tag);
				}
				start = i + 1;
			}
		}
		return tags != null ? Collections.unmodifiableSet(tags) : first != null ? Set.of(first) : Set.of();
	}

	private static boolean isTagSeparator(char c, char kept) {
		return c != kept && TAG_SEPARATORS.indexOf(c) >= 0;
	}

	private static int length(String value) {
		return value.codePointCount(0, value.length());
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	/**
	 * Most cells are printable ASCII with single spaces between words; those are already tidy, and
	 * checking that is far cheaper than normalizing every cell of a large file.
	 */
	private static boolean isTidyAscii(String value) {
		int last = value.length() - 1;
		for (int i = 0; i <= last; i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c > 0x7E || c == ' ' && (i == 0 || i == last || value.charAt(i - 1) == ' ')) {
				return false;
			}
		}
		return true;
	}

	/** Zero-width space, word joiner, byte order mark, soft hyphen: they show nothing and join nothing. */
	private static boolean isDropped(char c) {
		return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
				|| c == '\u2007' || c == '\u202F' || c == '\u3000';
	}

	private static boolean isJoiner(char c) {
		return c == '\u200C' || c == '\u200D';
	}

	/** Without white space at either end, nor joiners, which join nothing to nothing there. */
	private static String trimEnds(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && (isJoiner(text.charAt(start)) || Character.isWhitespace(text.charAt(start)))) {
			start++;
		}
		while (end > start && (isJoiner(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1)))) {
			end--;
		}
		return text.substring(start, end);
	}

	/** Control characters, line and paragraph separators, and the embeddings, overrides and isolates of direction. */
	private static boolean isRefused(char c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
				|| (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

}
