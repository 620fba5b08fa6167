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
 * @param sync "This file is the whole group", when chosen
 */
public record ImportOptions(@Nullable Long groupId, @Nullable Role role, boolean updatePasswords, boolean updateTags,
		boolean welcomeEmail, List<String> tags, @Nullable Boolean askNewPassword, boolean generatePasswords,
		@Nullable SyncOption sync) {

	public ImportOptions {
		tags = List.copyOf(tags);
	}

	/**
	 * The options of a file that is not the whole group.
	 */
	public ImportOptions(@Nullable Long groupId, @Nullable Role role, boolean updatePasswords, boolean updateTags,
			boolean welcomeEmail, List<String> tags, @Nullable Boolean askNewPassword, boolean generatePasswords) {
		this(groupId, role, updatePasswords, updateTags, welcomeEmail, tags, askNewPassword, generatePasswords, null);
	}

	/**
	 * The options with passwords from a column or one password for everyone.
	 */
	public ImportOptions(@Nullable Long groupId, @Nullable Role role, boolean updatePasswords, boolean updateTags,
			boolean welcomeEmail, List<String> tags, @Nullable Boolean askNewPassword, @Nullable SyncOption sync) {
		this(groupId, role, updatePasswords, updateTags, welcomeEmail, tags, askNewPassword, false, sync);
	}

	/**
	 * The options with passwords from a column or one password for everyone, of a file that is not
	 * the whole group.
	 */
	public ImportOptions(@Nullable Long groupId, @Nullable Role role, boolean updatePasswords, boolean updateTags,
			boolean welcomeEmail, List<String> tags, @Nullable Boolean askNewPassword) {
		this(groupId, role, updatePasswords, updateTags, welcomeEmail, tags, askNewPassword, false, null);
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

	/**
	 * Whether the file is the whole group: the accounts of the group it leaves out are listed, and
	 * dealt with as chosen.
	 */
	public boolean syncs() {
		return sync != null && sync.enabled() && groupId != null;
	}

	Role roleOrDefault() {
		return role == null ? Role.USER : role;
	}

}
