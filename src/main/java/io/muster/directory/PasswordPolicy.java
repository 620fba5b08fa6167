package io.muster.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import io.muster.web.Message;

/**
 * The one place that decides whether a password is good enough, for sign-up, password changes
 * and imports alike.
 *
 * <p>A password needs the organization's minimum length (never below 8), must not be the
 * user's email address and must not be one of the passwords that attackers try first. Messages
 * describe the problem without ever repeating the password.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	public PasswordPolicy() {
		this.common = loadCommonPasswords();
	}

	/**
	 * Lists what is wrong with a password, in words a user can act on; empty when it is fine.
	 */
	public List<Message> problems(String password, String email, int minLength) {
		List<Message> problems = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		int required = Math.max(MIN_LENGTH, minLength);
		if (length < required) {
			problems.add(Message.of("rules.password.tooShort", length, required));
		}
		if (length > MAX_LENGTH) {
			problems.add(Message.of("rules.password.tooLong", MAX_LENGTH));
		}
		if (!email.isBlank() && password.strip().equalsIgnoreCase(email.strip())) {
			problems.add(Message.of("rules.password.email"));
		}
		if (common.contains(password.toLowerCase(Locale.ROOT))) {
			problems.add(Message.of("rules.password.common"));
		}
		if (password.isBlank() && length > 0) {
			problems.add(Message.of("rules.password.blank"));
		}
		return problems;
	}

	public List<Message> problems(String password, String email) {
		return problems(password, email, MIN_LENGTH);
	}

	/**
	 * A short sentence that tells people the rules before they type.
	 */
	public Message describe(int minLength) {
		return Message.of("rules.password.describe", Math.max(MIN_LENGTH, minLength));
	}

	private static Set<String> loadCommonPasswords() {
		try (InputStream in = new ClassPathResource("directory/common-passwords.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is missing from the build", ex);
		}
	}

}
