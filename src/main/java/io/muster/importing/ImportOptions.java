package io.muster.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.muster.directory.Role;

/**
 * The choices made before an import starts, as the help article names them, whether the people
 * it creates or gives a new password must choose their own at first sign-in, and whether Muster
 * makes each of them a password of their own, printed on sign-in cards.
 *
 * @param askNewPassword "Ask for a new password at first sign-in"; null for the default, which
 *        {@link #asksNewPassword} decides
 * @param generatePasswords "Make a password for each user", instead of a password column or one
 *        password for everyone; the passwords are made as the import runs
 */
public record ImportOptions(@Nullable Long groupId, @Nullable Role role, boolean updatePasswords, boolean updateTags,
		boolean welcomeEmail, List<String> tags, @Nullable Boolean askNewPassword, boolean generatePasswords) {

	public ImportOptions {
		tags = List.copyOf(tags);
	}

	/**
	 * The options with passwords from a column or one password for everyone.
	 */
	public ImportOptions(@Nullable Long groupId, @Nullable Role role, boolean updatePasswords, boolean updateTags,
			boolean welcomeEmail, List<String> tags, @Nullable Boolean askNewPassword) {
		this(groupId, role, updatePasswords, updateTags, welcomeEmail, tags, askNewPassword, false);
	}

	/**
	 * The options with "Ask for a new password at first sign-in" left to its default.
	 */
	public ImportOptions(@Nullable Long groupId, @Nullable Role role, boolean updatePasswords, boolean updateTags,
			boolean welcomeEmail, List<String> tags) {
		this(groupId, role, updatePasswords, updateTags, welcomeEmail, tags, null);
	}

	static ImportOptions none() {
		return new ImportOptions(null, null, false, false, false, List.of());
	}

	/**
	 * Whether the people this import creates or gives a new password must choose their own at their
	 * first sign-in: as chosen, else when one password is typed for everyone (everyone of the class
	 * knows it) or made for each (it was printed on a card), not when each has their own from a
	 * password column.
	 */
	public boolean asksNewPassword(boolean sharedPassword) {
		return askNewPassword == null ? sharedPassword : askNewPassword;
	}

	Role roleOrDefault() {
		return role == null ? Role.USER : role;
	}

}
