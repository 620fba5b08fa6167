package io.muster.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.muster.cards.CardPaper;
import io.muster.cards.CardSetStatus;
import io.muster.cards.CardsUnavailable;
import io.muster.cards.SignInCard;
import io.muster.cards.SignInCards;
import io.muster.web.Message;

/**
 * What administrators do to accounts: list, add, change, suspend and delete them, one by one or
 * in bulk.
 *
 * <p>Every method checks the caller's reach itself, whatever a page showed or hid: a System
 * Administrator reaches the whole organization, an Administrator the Users of their groups.
 * Users out of reach are "not found"; Administrators and System Administrators within an
 * Administrator's groups are "forbidden", because only a System Administrator changes them.
 */
@Service
public class UserManagement {

	private final Users users;

	private final Groups groups;

	private final UserSearch search;

	private final DirectoryService directory;

	private final ApplicationEventPublisher events;

	private final PasswordEncoder passwordEncoder;

	private final SignInCards cards;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	UserManagement(Users users, Groups groups, UserSearch search, DirectoryService directory,
			ApplicationEventPublisher events, PasswordEncoder passwordEncoder, SignInCards cards,
			PlatformTransactionManager transactions) {
		this.passwordEncoder = passwordEncoder;
		this.cards = cards;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
		this.users = users;
		this.groups = groups;
		this.search = search;
		this.directory = directory;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public UserPage search(SignedInUser actor, UserQuery query) {
		actor.requireAdministrator();
		List<Message> problems = query.problems();
		if (!problems.isEmpty()) {
			throw new InvalidDirectoryInput("q", problems);
		}
		UserSearch.Result found = search.find(actor.organizationId(), directory.managedGroupIds(actor),
				actor.isSystemAdmin(), query);
		Map<Long, User> byId = StreamSupport.stream(users.findAllById(found.ids()).spliterator(), false)
			.collect(Collectors.toMap(User::id, Function.identity()));
		List<UserSummary> page = found.ids().stream().map(byId::get).map(User::summary).toList();
		return new UserPage(page, query.page(), query.size(), found.total());
	}

	/**
	 * The name of the import whose accounts the list is filtered by, as the filter's notice says it.
	 */
	@Transactional(readOnly = true)
	public Optional<String> importName(SignedInUser actor, UUID importId) {
		actor.requireAdministrator();
		return search.importName(actor.organizationId(), importId);
	}

	/**
	 * The imports that created or changed a user the caller may see, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ImportTouch> imports(SignedInUser actor, long userId) {
		user(actor, userId);
		return search.importsOf(userId);
	}

	@Transactional(readOnly = true)
	public List<String> tagsInReach(SignedInUser actor) {
		actor.requireAdministrator();
		return search.tags(actor.organizationId(), directory.managedGroupIds(actor), actor.isSystemAdmin());
	}

	/**
	 * Adds one account with the same rules as an import: name and email required, the email not
	 * yet taken in any case, the organization's password policy, and a group the caller manages.
	 */
	@Transactional
	public UserSummary create(SignedInUser actor, NewAccount account) {
		actor.requireAdministrator();
		AccountRules rules = directory.rulesFor(actor);
		Role role = account.role() == null ? Role.USER : account.role();
		if (!rules.rank().mayGrant(role)) {
			throw new SystemAdminsOnly("createAdministrators");
		}
		PersonName name = PersonName.full(AccountRules.tidy(text(account.fullName())));
		String email = AccountRules.tidy(text(account.email()));
		Set<String> tags = AccountRules.splitTags(text(account.tags()));
		Map<String, List<Message>> problems = new LinkedHashMap<>();
		add(problems, "fullName", AccountRules.nameProblems(name));
		add(problems, "email", AccountRules.emailProblem(email).stream().toList());
		add(problems, "groupId", groupProblem(actor, rules.rank(), account.groupId(), role).stream().toList());
		add(problems, "tags", AccountRules.tagsProblem(tags).stream().toList());
		add(problems, "password", rules.passwordProblems(text(account.password()), email));
		if (!problems.isEmpty()) {
			throw new InvalidDirectoryInput(problems);
		}
		requireEmailFree(email, null);
		try {
			UserSummary created = directory.createUser(new NewUser(actor.organizationId(), name, email, role,
					account.groupId(), tags, text(account.password()), account.asksNewPassword()));
			User.administersOwnGroup(role, account.groupId())
				.ifPresent(group -> directory.makeAdministratorOf(created.id(), group));
			audit(actor, "user.CREATED", created.email());
			return created;
		}
		catch (DuplicateKeyException ex) {
			throw new EmailTaken(email);
		}
	}

	@Transactional(readOnly = true)
	public UserSummary user(SignedInUser actor, long userId) {
		actor.requireAdministrator();
		return directory.user(actor, userId);
	}

	/**
	 * Whether the caller may change this user, so that a page can offer the buttons at all; the
	 * change itself checks again.
	 */
	@Transactional(readOnly = true)
	public boolean mayChange(SignedInUser actor, long userId) {
		actor.requireAdministrator();
		User user = users.findById(userId).orElseThrow(UserNotFound::new);
		return directory.rank(actor).over(user) == Rank.Reach.CHANGE;
	}

	@Transactional
	public UserSummary update(SignedInUser actor, long userId, UserChange change) {
		Rank rank = directory.rank(actor);
		User user = changeable(actor, rank, userId);
		requireVersion(user, change.version());
		Map<String, List<Message>> problems = new LinkedHashMap<>();
		if (change.fullName() != null) {
			PersonName name = PersonName.full(AccountRules.tidy(change.fullName()));
			if (add(problems, "fullName", AccountRules.nameProblems(name))) {
				user.rename(name);
			}
		}
		if (change.email() != null && !User.emailKey(change.email()).equals(User.emailKey(user.email()))) {
			String email = AccountRules.tidy(change.email());
			if (add(problems, "email", AccountRules.emailProblem(email).stream().toList())) {
				requireEmailFree(email, user);
				user.changeEmail(email);
			}
		}
		if (change.tags() != null) {
			Set<String> tags = AccountRules.splitTags(change.tags());
			if (add(problems, "tags", AccountRules.tagsProblem(tags).stream().toList())) {
				user.replaceTags(tags);
			}
		}
		if (change.groupId() != null && !change.groupId().equals(user.groupId())) {
			if (add(problems, "groupId", groupProblem(actor, rank, change.groupId(), Role.USER).stream().toList())) {
				user.moveTo(change.groupId());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidDirectoryInput(problems);
		}
		if (change.role() != null && change.role() != user.role()) {
			changeRole(actor, user, change.role());
		}
		if (change.status() != null && change.status() != user.status()) {
			changeStatus(actor, List.of(user), change.status());
		}
		audit(actor, "user.CHANGED", user.email());
		return save(user).summary();
	}

	/**
	 * Deletes an account for good; its tags and pending links go with it.
	 */
	@Transactional
	public void delete(SignedInUser actor, long userId, @Nullable Integer version) {
		User user = changeable(actor, userId);
		if (version != null) {
			requireVersion(user, version);
		}
		delete(actor, List.of(user));
		audit(actor, "user.DELETED", user.email());
	}

	/**
	 * Applies one action to every selected user, or to none of them when any breaks a rule.
	 */
	public BulkOutcome bulk(SignedInUser actor, BulkChange change) {
		actor.requireAdministrator();
		if (change.action() == BulkChange.Action.RESET_PASSWORDS) {
			return resetPasswords(actor, change.userIds());
		}
		return Objects.requireNonNull(writing.execute(status -> change(actor, change)));
	}

	private BulkOutcome change(SignedInUser actor, BulkChange change) {
		List<User> selected = selected(actor, change.userIds());
		BulkChange.Action action = change.action();
		if (action == null) {
			throw new InvalidDirectoryInput("action", Message.of("users.bulk.problem.action"));
		}
		switch (action) {
			case ADD_TAG -> selected.forEach(user -> user.tag(Set.of(bulkTag(change.tag()))));
			case REMOVE_TAG -> selected.forEach(user -> user.untag(bulkTag(change.tag())));
			case MOVE_TO_GROUP -> moveAll(actor, selected, change.groupId());
			case SUSPEND -> changeStatus(actor, selected, UserStatus.SUSPENDED);
			case REACTIVATE -> changeStatus(actor, selected, UserStatus.ACTIVE);
			case DELETE -> delete(actor, selected);
		}
		if (action != BulkChange.Action.DELETE) {
			selected.forEach(this::save);
		}
		audit(actor, "bulk." + action.name(), String.valueOf(selected.size()));
		return new BulkOutcome(selected.size(), null);
	}

	/**
	 * Gives each selected person a password made for them, to be replaced at their next sign-in,
	 * and keeps the passwords for their sign-in cards, in name order; not the caller's own, which is
	 * changed on My account. The passwords are made and hashed (Argon2, slow on purpose) between two
	 * short transactions, and the selection and its rank are checked again in the second.
	 */
	private BulkOutcome resetPasswords(SignedInUser actor, @Nullable List<Long> userIds) {
		Map<Long, String> made = Objects.requireNonNull(reading.execute(status -> makePasswords(actor, userIds)));
		Map<Long, String> hashes = new HashMap<>();
		made.forEach((userId, password) -> hashes.put(userId, passwordEncoder.encode(password)));
		return Objects.requireNonNull(writing.execute(status -> {
			List<User> selected = selected(actor, userIds);
			Map<Long, String> groupNames = new HashMap<>();
			groups.findByOrganizationIdOrderByName(actor.organizationId())
				.forEach(group -> groupNames.put(group.summary().id(), group.name()));
			List<SignInCard> printed = new ArrayList<>();
			for (User user : selected.stream().sorted(Comparator.comparing(User::fullName)).toList()) {
				user.changePasswordHash(hashes.get(user.id()), true);
				save(user);
				printed.add(new SignInCard(printed.size() + 1, user.fullName(),
						user.groupId() == null ? null : groupNames.get(user.groupId()), user.email(), made.get(user.id())));
			}
			UUID set = UUID.randomUUID();
			cards.keep(set, actor.organizationId(), actor.id(), printed);
			audit(actor, "bulk." + BulkChange.Action.RESET_PASSWORDS.name(), String.valueOf(selected.size()));
			return new BulkOutcome(selected.size(), set);
		}));
	}

	private Map<Long, String> makePasswords(SignedInUser actor, @Nullable List<Long> userIds) {
		List<User> selected = selected(actor, userIds);
		if (selected.stream().anyMatch(user -> user.id() == actor.id())) {
			throw new ChangeRefused("userIds", Message.of("directory.problem.change-refused.ownPassword"));
		}
		AccountRules rules = directory.rulesFor(actor.organizationId());
		Map<Long, String> made = new HashMap<>();
		selected.forEach(user -> made.put(user.id(), rules.makePassword(user.email())));
		return made;
	}

	/**
	 * What became of the sign-in cards of a password reset the caller made; someone else's are not found.
	 */
	@Transactional(readOnly = true)
	public CardSetStatus resetCards(SignedInUser actor, UUID setId) {
		actor.requireAdministrator();
		CardSetStatus status = cards.status(setId, actor.organizationId(), actor.id());
		if (status.state() == CardSetStatus.State.NONE) {
			throw CardsUnavailable.notFound();
		}
		return status;
	}

	/**
	 * The sign-in cards of a password reset the caller made, once: their passwords are deleted as
	 * they are handed out.
	 */
	@Transactional
	public byte[] printResetCards(SignedInUser actor, UUID setId, CardPaper paper, Locale locale) {
		resetCards(actor, setId);
		return cards.download(setId, actor.organizationId(), actor.id(), paper, locale);
	}

	/**
	 * The users a bulk action would touch, all checked before anything changes.
	 */
	@Transactional(readOnly = true)
	public List<UserSummary> selection(SignedInUser actor, @Nullable List<Long> userIds) {
		actor.requireAdministrator();
		return selected(actor, userIds).stream().map(User::summary).toList();
	}

	private List<User> selected(SignedInUser actor, @Nullable List<Long> userIds) {
		if (userIds == null || userIds.isEmpty()) {
			throw new InvalidDirectoryInput("userIds", Message.of("users.bulk.problem.none"));
		}
		if (userIds.size() > BulkChange.MAX_USERS) {
			throw new InvalidDirectoryInput("userIds", Message.of("users.bulk.problem.tooMany", BulkChange.MAX_USERS));
		}
		List<User> selected = new ArrayList<>();
		users.findAllById(Set.copyOf(userIds)).forEach(selected::add);
		if (selected.size() != Set.copyOf(userIds).size()) {
			throw new UserNotFound();
		}
		Rank rank = directory.rank(actor);
		selected.forEach(user -> requireChangeable(rank, user));
		return selected;
	}

	private void moveAll(SignedInUser actor, List<User> selected, @Nullable Long groupId) {
		if (groupId == null) {
			throw new InvalidDirectoryInput("groupId", Message.of("users.bulk.problem.group"));
		}
		long target = directory.manageableGroup(actor, groupId).id();
		selected.forEach(user -> user.moveTo(target));
	}

	private static String bulkTag(@Nullable String tag) {
		Set<String> tags = AccountRules.splitTags(text(tag));
		if (tags.size() != 1) {
			throw new InvalidDirectoryInput("tag", Message.of("users.bulk.problem.oneTag"));
		}
		AccountRules.tagsProblem(tags).ifPresent(problem -> {
			throw new InvalidDirectoryInput("tag", problem);
		});
		return tags.iterator().next();
	}

	private void changeRole(SignedInUser actor, User user, Role role) {
		if (!actor.isSystemAdmin()) {
			throw new SystemAdminsOnly("changeRole");
		}
		if (user.id() == actor.id()) {
			throw ChangeRefused.yourself("role");
		}
		requireOtherSystemAdmins(actor, List.of(user));
		user.changeRole(role);
		audit(actor, "user.ROLE." + role.name(), user.email());
	}

	private void changeStatus(SignedInUser actor, List<User> selected, UserStatus status) {
		if (status == UserStatus.SUSPENDED) {
			requireNotYourself(actor, selected, "suspend");
			requireOtherSystemAdmins(actor, selected);
		}
		selected.forEach(user -> user.changeStatus(status));
		if (status == UserStatus.SUSPENDED) {
			selected.forEach(this::locked);
		}
	}

	private void delete(SignedInUser actor, List<User> selected) {
		requireNotYourself(actor, selected, "delete");
		requireOtherSystemAdmins(actor, selected);
		try {
			users.deleteAll(selected);
		}
		catch (DataIntegrityViolationException ex) {
			// import_job.created_by keeps who started each import, so that its report names them.
			throw new ChangeRefused("user",
					Message.of("directory.problem.change-refused.startedImports", selected.size()));
		}
		selected.forEach(this::locked);
	}

	private void audit(SignedInUser actor, String action, String subject) {
		events.publishEvent(new DirectoryActivity(actor.organizationId(), actor.id(), action, subject));
	}

	private void locked(User user) {
		events.publishEvent(new AccountLocked(user.id()));
	}

	private static void requireNotYourself(SignedInUser actor, List<User> selected, String what) {
		if (selected.stream().anyMatch(user -> user.id() == actor.id())) {
			throw ChangeRefused.yourself(what);
		}
	}

	/**
	 * Keeps at least one active System Administrator, so that the organization stays manageable.
	 */
	private void requireOtherSystemAdmins(SignedInUser actor, List<User> leaving) {
		List<User> admins = leaving.stream()
			.filter(user -> user.role() == Role.SYSTEM_ADMIN && user.status() == UserStatus.ACTIVE)
			.toList();
		if (!admins.isEmpty() && users.countActiveSystemAdmins(actor.organizationId()) <= admins.size()) {
			throw ChangeRefused.lastSystemAdmin(admins.get(0).email());
		}
	}

	/**
	 * The account, when the caller may change it: not found out of reach, forbidden when it
	 * outranks them.
	 */
	User changeable(SignedInUser actor, long userId) {
		return changeable(actor, directory.rank(actor), userId);
	}

	private User changeable(SignedInUser actor, Rank rank, long userId) {
		actor.requireAdministrator();
		User user = users.findById(userId).orElseThrow(UserNotFound::new);
		requireChangeable(rank, user);
		return user;
	}

	private static void requireChangeable(Rank rank, User user) {
		switch (rank.over(user)) {
			case NONE -> throw new UserNotFound();
			case SEE -> throw SystemAdminsOnly.outranked(user.email(), user.role());
			case CHANGE -> {
			}
		}
	}

	private static void requireVersion(User user, @Nullable Integer version) {
		if (version == null) {
			throw new InvalidDirectoryInput("version", Message.of("user.problem.version"));
		}
		if (version != user.version()) {
			throw new UserChangedMeanwhile();
		}
	}

	private User save(User user) {
		try {
			return users.save(user);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new UserChangedMeanwhile();
		}
		catch (DuplicateKeyException ex) {
			throw new EmailTaken(user.email());
		}
	}

	/**
	 * Refuses an address that already has an account in any case, with 409 like an import's
	 * "already has an account"; the database's unique key backs this up against races.
	 */
	private void requireEmailFree(String email, @Nullable User self) {
		users.findByEmailKey(User.emailKey(email))
			.filter(other -> self == null || other.id() != self.id())
			.ifPresent(other -> {
				throw new EmailTaken(email);
			});
	}

	/**
	 * Adds a field's problems; true when there are none, so that the change can be made.
	 */
	private static boolean add(Map<String, List<Message>> problems, String field, List<Message> found) {
		if (found.isEmpty()) {
			return true;
		}
		problems.put(field, found);
		return false;
	}

	/**
	 * Why an account of this role cannot be in this group (none for no group), by the rule of rank;
	 * empty when it can.
	 */
	private Optional<Message> groupProblem(SignedInUser actor, Rank rank, @Nullable Long groupId, Role role) {
		if (rank.mayCreate(groupId, role) && (groupId == null || groups.existsByIdAndOrganizationId(groupId,
				actor.organizationId()))) {
			return Optional.empty();
		}
		return Optional.of(Message.of(groupId == null ? "user.problem.noGroup" : "user.problem.notYourGroup"));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
