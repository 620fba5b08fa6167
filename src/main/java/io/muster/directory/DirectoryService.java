package io.muster.directory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.muster.organization.OrganizationService;
import io.muster.organization.OrganizationSettings;
import io.muster.web.Message;

/**
 * Who exists in an organization and who may manage whom.
 *
 * <p>Methods that take a {@link SignedInUser} answer only within that user's reach: a System
 * Administrator reaches the whole organization, an Administrator the groups they manage, a
 * User their own account. Anything of another organization is "not found", never "forbidden".
 */
@Service
public class DirectoryService {

	private final Users users;

	private final Groups groups;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final OrganizationService organizations;

	private final CurrentPasswordThrottle throttle;

	private final Notices notices;

	DirectoryService(Users users, Groups groups, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			OrganizationService organizations, CurrentPasswordThrottle throttle, Notices notices) {
		this.users = users;
		this.groups = groups;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.organizations = organizations;
		this.throttle = throttle;
		this.notices = notices;
	}

	@Transactional
	public GroupSummary createGroup(long organizationId, String name) {
		return groups.save(new Group(organizationId, name.strip())).summary();
	}

	/**
	 * Creates an account after checking the email and the password against the rules.
	 */
	@Transactional
	public UserSummary createUser(NewUser newUser) {
		String email = AccountRules.tidy(newUser.email());
		AccountRules.emailProblem(email).ifPresent(problem -> {
			throw new InvalidDirectoryInput("email", problem);
		});
		if (users.existsByEmailKey(User.emailKey(email))) {
			throw new EmailTaken(email);
		}
		checkPassword(rulesFor(newUser.organizationId()), newUser.password(), email);
		User user = new User(newUser.organizationId(), newUser.name(), email, newUser.role(), newUser.groupId(),
				passwordEncoder.encode(newUser.password()));
		if (newUser.askNewPassword()) {
			user.askForNewPassword();
		}
		user.tag(newUser.tags());
		return users.save(user).summary();
	}

	/**
	 * Makes an Administrator the administrator of one more group.
	 */
	@Transactional
	public void makeAdministratorOf(long userId, long groupId) {
		User user = users.findById(userId).orElseThrow(UserNotFound::new);
		user.administer(groupId);
		users.save(user);
	}

	/**
	 * Sets a password without asking for the old one; for start-up tasks such as the demo data.
	 */
	@Transactional
	public void resetPassword(long userId, String newPassword) {
		User user = users.findById(userId).orElseThrow(UserNotFound::new);
		checkPassword(rulesFor(user.organizationId()), newPassword, user.email());
		user.changePasswordHash(passwordEncoder.encode(newPassword));
		users.save(user);
	}

	/**
	 * The person behind a session as the directory holds them now, or nothing when they may no
	 * longer sign in; without their password hash, which has no business in a session.
	 */
	@Transactional(readOnly = true)
	public Optional<SignedInUser> signedIn(long userId) {
		return users.findById(userId).filter(user -> user.status() == UserStatus.ACTIVE).map(user -> {
			SignedInUser signedIn = new SignedInUser(user);
			signedIn.eraseCredentials();
			return signedIn;
		});
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> findById(long userId) {
		return users.findById(userId).map(User::summary);
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> findByEmail(String email) {
		return users.findByEmailKey(User.emailKey(email)).map(User::summary);
	}

	@Transactional(readOnly = true)
	public Me me(SignedInUser actor) {
		User user = users.findById(actor.id()).orElseThrow(UserNotFound::new);
		OrganizationSettings organization = organizations.settings(user.organizationId());
		GroupSummary group = user.groupId() == null ? null
				: groups.findById(user.groupId()).map(Group::summary).orElse(null);
		List<GroupSummary> managed = actor.role().isAdministrator() ? manageableGroups(actor) : List.of();
		UserSummary summary = user.summary();
		return new Me(summary.id(), summary.email(), summary.fullName(), summary.firstName(), summary.lastName(),
				summary.role(), notices.text("role." + summary.role().name()), new Me.Organization(organization.id(), organization.name(),
						organization.advancedEmailNotifications()),
				group, managed);
	}

	/**
	 * The groups the user may manage: all of the organization's for a System Administrator,
	 * their own for an Administrator.
	 */
	/**
	 * A group of this organization by its id, for what no signed-in caller does (printing the group
	 * on an import's sign-in cards).
	 */
	@Transactional(readOnly = true)
	public Optional<GroupSummary> group(long organizationId, long groupId) {
		return groups.findById(groupId).filter(group -> group.organizationId() == organizationId).map(Group::summary);
	}

	@Transactional(readOnly = true)
	public List<GroupSummary> manageableGroups(SignedInUser actor) {
		actor.requireAdministrator();
		List<Group> all = groups.findByOrganizationIdOrderByName(actor.organizationId());
		Rank rank = rank(actor);
		return all.stream().map(Group::summary).filter(group -> rank.managesGroup(group.id())).toList();
	}

	/**
	 * One group the user may manage: not found when it belongs to another organization,
	 * forbidden when it is of their organization but not theirs.
	 */
	@Transactional(readOnly = true)
	public GroupSummary manageableGroup(SignedInUser actor, long groupId) {
		actor.requireAdministrator();
		Group group = groups.findById(groupId)
			.filter(candidate -> candidate.organizationId() == actor.organizationId())
			.orElseThrow(GroupNotFound::new);
		GroupSummary summary = group.summary();
		if (!rank(actor).managesGroup(groupId)) {
			throw new NotYourGroup(summary.name());
		}
		return summary;
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> findUser(SignedInUser actor, String email) {
		return users.findByEmailKey(User.emailKey(email)).filter(user -> reaches(actor, user)).map(User::summary);
	}

	@Transactional(readOnly = true)
	public UserSummary user(SignedInUser actor, long userId) {
		return users.findById(userId).filter(user -> reaches(actor, user)).map(User::summary)
			.orElseThrow(UserNotFound::new);
	}

	@Transactional(readOnly = true)
	public Message passwordRules(long organizationId) {
		return rulesFor(organizationId).passwordRules();
	}

	@Transactional
	public void changePassword(SignedInUser actor, String currentPassword, String newPassword) {
		User user = users.findById(actor.id()).orElseThrow(UserNotFound::new);
		requireCurrentPassword(user, currentPassword);
		checkPassword(rulesFor(user.organizationId()), newPassword, user.email());
		user.changePasswordHash(passwordEncoder.encode(newPassword));
		users.save(user);
	}

	/**
	 * Sets the password a person who must choose their own chose, under the policy and not the one
	 * they have now (which someone else chose); nothing asks them again, and their other sessions end.
	 * Anyone else changes their password on My account, with the current one.
	 */
	@Transactional
	public void choosePassword(SignedInUser actor, String newPassword) {
		User user = users.findById(actor.id()).orElseThrow(UserNotFound::new);
		if (!user.mustChoosePassword()) {
			throw new ChangeRefused("password", Message.of("choosePassword.notAsked"));
		}
		List<Message> problems = rulesFor(user.organizationId()).chosenPasswordProblems(newPassword, user.email(),
				typed -> passwordEncoder.matches(typed, user.passwordHash()));
		if (!problems.isEmpty()) {
			throw new InvalidDirectoryInput("password", problems);
		}
		user.changePasswordHash(passwordEncoder.encode(newPassword));
		users.save(user);
	}

	/**
	 * Changes the signed-in user's own name; everyone may.
	 */
	@Transactional
	public Me changeName(SignedInUser actor, String fullName) {
		User user = users.findById(actor.id()).orElseThrow(UserNotFound::new);
		PersonName name = PersonName.full(AccountRules.tidy(fullName));
		List<Message> problems = AccountRules.nameProblems(name, Message.of("account.name.missing"));
		if (!problems.isEmpty()) {
			throw new InvalidDirectoryInput("fullName", problems);
		}
		user.rename(name);
		users.save(user);
		return me(actor);
	}

	/**
	 * The one check of a signed-in person's current password, slowed down like sign-ins when it
	 * keeps failing.
	 */
	void requireCurrentPassword(User user, String currentPassword) {
		Duration wait = throttle.waitFor(user.email());
		if (!wait.isZero()) {
			throw new TooManyPasswordAttempts(wait);
		}
		if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
			throttle.failed(user.email());
			throw new InvalidDirectoryInput("currentPassword", Message.of("account.currentPassword.wrong"));
		}
		throttle.succeeded(user.email());
	}

	/**
	 * Refuses a password that breaks the rules, saying why.
	 */
	static void checkPassword(AccountRules rules, String password, String email) {
		List<Message> problems = rules.passwordProblems(password, email);
		if (!problems.isEmpty()) {
			throw new InvalidDirectoryInput("password", problems);
		}
	}

	boolean reaches(SignedInUser actor, User user) {
		return rank(actor).over(user) != Rank.Reach.NONE;
	}

	/**
	 * The caller's rank as the directory holds it now: their role and groups are read afresh, so
	 * that powers taken away an instant ago are gone, whatever a session or a draft remembers.
	 * A suspended or deleted caller ranks as nobody.
	 */
	@Transactional(readOnly = true)
	public Rank rank(SignedInUser actor) {
		return rank(actor.id(), actor.organizationId());
	}

	/**
	 * The rank of someone for work done later on their behalf (an undo running as a job), read
	 * as the directory holds them when it runs.
	 */
	@Transactional(readOnly = true)
	public Rank rank(long actorId, long organizationId) {
		return users.findById(actorId)
			.filter(user -> user.status() == UserStatus.ACTIVE)
			.map(user -> new Rank(user.id(), user.organizationId(), user.role(), user.managedGroupIds()))
			.orElseGet(() -> Rank.nobody(actorId, organizationId));
	}

	/**
	 * The account rules for what this caller does, with the organization's password policy and the
	 * caller's rank read now, once: a check of many accounts (an import's rows) asks nothing more.
	 */
	@Transactional(readOnly = true)
	public AccountRules rulesFor(SignedInUser actor) {
		return new AccountRules(passwordPolicy, organizations.settings(actor.organizationId()).minPasswordLength(),
				rank(actor));
	}

	/**
	 * The account rules of an organization for what no signed-in caller does (a link's new password,
	 * start-up tasks, the passwords an import makes as it runs): they reach no one else's account.
	 */
	@Transactional(readOnly = true)
	public AccountRules rulesFor(long organizationId) {
		return new AccountRules(passwordPolicy, organizations.settings(organizationId).minPasswordLength(),
				Rank.nobody(0, organizationId));
	}

	Set<Long> managedGroupIds(SignedInUser actor) {
		return users.findById(actor.id()).map(User::managedGroupIds).orElse(Set.of());
	}

}
