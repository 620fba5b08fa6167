package io.muster.directory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Says what is wrong with an email address, in words an administrator can act on.
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
	 * Explains why the address cannot be used; empty when it can.
	 */
	public static Optional<String> problem(String email) {
		if (email.isBlank()) {
			return Optional.of("Email is missing.");
		}
		if (email.length() > MAX_LENGTH) {
			return Optional.of("Email is longer than " + MAX_LENGTH + " characters.");
		}
		if (email.chars().anyMatch(Character::isWhitespace)) {
			return Optional.of("Email \"" + email + "\" contains a space.");
		}
		int at = email.lastIndexOf('@');
		if (at < 0) {
			return Optional.of("Email \"" + email + "\" has no @ sign.");
		}
		String local = email.substring(0, at);
		String domain = email.substring(at + 1);
		if (local.isEmpty() || !LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".")
				|| local.contains("..")) {
			return Optional.of("Email \"" + email + "\" has no valid name before the @ sign.");
		}
		if (!DOMAIN.matcher(domain).matches()) {
			return Optional.of("Email \"" + email + "\" has no valid domain after the @ sign (such as school.org).");
		}
		return Optional.empty();
	}

}
