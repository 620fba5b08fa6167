package io.muster.directory;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person with an account: the aggregate root of their tags and the groups they administer.
 */
@Table("users")
class User extends AbstractAggregateRoot<User> {

	@Id
	private @Nullable Long id;

	private long organizationId;

	private @Nullable Long groupId;

	private String fullName;

	private @Nullable String firstName;

	private @Nullable String lastName;

	private String email;

	private String emailKey;

	private Role role;

	private UserStatus status;

	private String passwordHash;

	private Instant createdAt;

	private boolean mustChoosePassword;

	@MappedCollection(idColumn = "user_id")
	private Set<UserTag> tags = new LinkedHashSet<>();

	@MappedCollection(idColumn = "user_id")
	private Set<ManagedGroup> managedGroups = new LinkedHashSet<>();

	@Version
	private int version;

	@PersistenceCreator
	private User() {
	}

	User(long organizationId, PersonName name, String email, Role role, @Nullable Long groupId, String passwordHash) {
		this.organizationId = organizationId;
		this.fullName = name.fullName();
		this.firstName = name.firstName();
		this.lastName = name.lastName();
		this.email = email;
		this.emailKey = emailKey(email);
		this.role = role;
		this.groupId = groupId;
		this.passwordHash = passwordHash;
		this.status = UserStatus.ACTIVE;
		this.createdAt = Instant.now();
	}

	/**
	 * The group an account of this role starts out administering: an Administrator their own, for
	 * an account added by hand, by an import or by a change of role alike.
	 */
	static Optional<Long> administersOwnGroup(Role role, @Nullable Long groupId) {
		return role == Role.ADMIN ? Optional.ofNullable(groupId) : Optional.empty();
	}

	static String emailKey(String email) {
		return EmailAddress.key(email);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("User is not saved yet");
		}
		return id;
	}

	long organizationId() {
		return organizationId;
	}

	@Nullable Long groupId() {
		return groupId;
	}

	String email() {
		return email;
	}

	Role role() {
		return role;
	}

	UserStatus status() {
		return status;
	}

	String passwordHash() {
		return passwordHash;
	}

	String fullName() {
		return fullName;
	}

	Set<String> tags() {
		return tags.stream().map(UserTag::tag).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	Set<Long> managedGroupIds() {
		return managedGroups.stream().map(ManagedGroup::groupId).collect(Collectors.toSet());
	}

	void tag(Set<String> newTags) {
		newTags.forEach(tag -> tags.add(new UserTag(tag)));
	}

	void administer(long managedGroupId) {
		managedGroups.add(new ManagedGroup(managedGroupId));
	}

	void changeEmail(String newEmail) {
		this.email = newEmail;
		this.emailKey = emailKey(newEmail);
	}

	/**
	 * Sets a password someone else chose or knows (an administrator, a reset); with
	 * {@code askNewPassword} the person must choose their own at their next sign-in.
	 */
	void changePasswordHash(String newHash, boolean askNewPassword) {
		this.passwordHash = newHash;
		this.mustChoosePassword = askNewPassword;
		registerEvent(PasswordsChanged.of(Set.of(id())));
	}

	/**
	 * Sets the password the person chose themselves; nothing asks them for another one.
	 */
	void changePasswordHash(String newHash) {
		changePasswordHash(newHash, false);
	}

	void askForNewPassword() {
		this.mustChoosePassword = true;
	}

	boolean mustChoosePassword() {
		return mustChoosePassword;
	}

	int version() {
		return version;
	}

	void rename(PersonName name) {
		this.fullName = name.fullName();
		this.firstName = name.firstName();
		this.lastName = name.lastName();
	}

	void moveTo(@Nullable Long newGroupId) {
		this.groupId = newGroupId;
	}

	/**
	 * Changes the role; an Administrator starts out administering their own group, and anyone
	 * who is no Administrator any more administers none.
	 */
	void changeRole(Role newRole) {
		if (newRole == role) {
			return;
		}
		this.role = newRole;
		managedGroups.clear();
		administersOwnGroup(newRole, groupId).ifPresent(this::administer);
	}

	void replaceTags(Set<String> newTags) {
		tags.clear();
		tag(newTags);
	}

	void untag(String tag) {
		tags.remove(new UserTag(tag));
	}

	void changeStatus(UserStatus newStatus) {
		this.status = newStatus;
	}

	UserSummary summary() {
		return new UserSummary(id(), organizationId, fullName, firstName, lastName, email, role, groupId, status,
				tags(), createdAt, version, mustChoosePassword);
	}

}
