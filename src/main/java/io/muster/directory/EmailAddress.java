package io.muster.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.muster.web.Message;

/**
 * Says what is wrong with an email address, in words an administrator can act on; {@link AccountRules}
 * applies it to every account.
 *
 * <p>It is stricter than RFC 5322 on purpose: quoted local parts and IP literals are legal but
 * in a school's list they are always typing mistakes.
 */
public final class EmailAddress {

	public static final int MAX_LENGTH = 254;

	private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]+");

	private static final Pattern DOMAIN = Pattern
		.compile("(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,}");

	private EmailAddress() {
	}

	/**
	 * The form in which an address identifies an account, for every lookup and every count of
	 * failed sign-ins alike: without the blanks and control characters around it, in lower case.
	 * One form for both, so that no variant of an address finds the account but escapes its count.
	 */
	public static String key(String email) {
		int start = 0;
		int end = email.length();
		while (start < end && isPadding(email.charAt(start))) {
			start++;
		}
		while (end > start && isPadding(email.charAt(end - 1))) {
			end--;
		}
		return email.substring(start, end).toLowerCase(Locale.ROOT);
	}

	/**
	 * Explains why the address cannot be used; empty when it can.
	 */
	static Optional<Message> problem(String email) {
		if (email.isBlank()) {
			return Optional.of(Message.of("rules.email.missing"));
		}
		if (email.length() > MAX_LENGTH) {
			return Optional.of(Message.of("rules.email.tooLong", MAX_LENGTH));
		}
		if (hasWhitespace(email)) {
			return Optional.of(Message.of("rules.email.space", email));
		}
		int at = email.lastIndexOf('@');
		if (at < 0) {
			return Optional.of(Message.of("rules.email.noAt", email));
		}
		String local = email.substring(0, at);
		String domain = email.substring(at + 1);
		if (local.isEmpty() || !validLocal(local) || local.startsWith(".") || local.endsWith(".")
				|| local.contains("..")) {
			return Optional.of(Message.of("rules.email.local", email));
		}
		if (!validDomain(domain)) {
			return Optional.of(Message.of("rules.email.domain", email));
		}
		return Optional.empty();
	}

	private static boolean isPadding(char c) {
		return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static boolean hasWhitespace(String email) {
		for (int i = 0; i < email.length(); i++) {
			if (Character.isWhitespace(email.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The rule of {@link #LOCAL}, checked by hand for plain ASCII, which nearly every address is:
	 * a large file's addresses are checked in a fraction of the time the pattern takes.
	 */
	private static boolean validLocal(String local) {
		if (!isAscii(local)) {
			return LOCAL.matcher(local).matches();
		}
		for (int i = 0; i < local.length(); i++) {
			char c = local.charAt(i);
			if (!isAsciiLetterOrDigit(c) && "!#$%&'*+/=?^_`{|}~.-".indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The rule of {@link #DOMAIN} by hand for plain ASCII: labels of letters, digits and inner
	 * hyphens, then a top-level label of at least two letters.
	 */
	private static boolean validDomain(String domain) {
		if (!isAscii(domain)) {
			return DOMAIN.matcher(domain).matches();
		}
		int lastDot = domain.lastIndexOf('.');
		if (lastDot <= 0 || domain.length() - lastDot - 1 < 2) {
			return false;
		}
		for (int i = lastDot + 1; i < domain.length(); i++) {
			char c = domain.charAt(i);
			if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
				return false;
			}
		}
		int start = 0;
		while (start <= lastDot) {
			int end = domain.indexOf('.', start);
			if (!validLabel(domain, start, end)) {
				return false;
			}
			start = end + 1;
		}
		return true;
	}

	private static boolean validLabel(String domain, int start, int end) {
		if (end <= start || domain.charAt(start) == '-' || domain.charAt(end - 1) == '-') {
			return false;
		}
		for (int i = start; i < end; i++) {
			char c = domain.charAt(i);
			if (!isAsciiLetterOrDigit(c) && c != '-') {
				return false;
			}
		}
		return true;
	}

	private static boolean isAscii(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) > 0x7F) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
	}

}
