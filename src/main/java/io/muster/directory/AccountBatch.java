package io.muster.directory;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.relational.core.dialect.PostgresDialect;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account changes in bulk, for imports: set-based lookups and writes that join the caller's
 * transaction, so an import commits each row's change together with its outcome.
 *
 * <p>It checks nothing that the import's verification has checked already; the database still
 * refuses a second account for an email, whatever its case.
 *
 * <p>On PostgreSQL each write is one statement over arrays of values ({@code unnest}), whatever the
 * number of accounts. The embedded H2 has no {@code ON CONFLICT} nor {@code RETURNING}, so there
 * the same writes are batches of single-row statements and an account is looked up before it is
 * inserted: slower, with the same result.
 */
@NamedInterface("importer")
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AccountBatch {

	private static final int LOOKUP_CHUNK = 500;

	private static final String EXISTING_COLUMNS = "id, email, email_key, organization_id, group_id, role";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final boolean postgresql;

	AccountBatch(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, JdbcDialect dialect) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.postgresql = dialect instanceof PostgresDialect;
	}

	/**
	 * The accounts that use any of these email addresses, keyed by the lower-cased address; one
	 * query on PostgreSQL, one per 500 addresses on H2.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<String, ExistingAccount> existing(Collection<String> emails) {
		List<String> keys = emails.stream().map(User::emailKey).distinct().toList();
		Map<String, ExistingAccount> found = new HashMap<>();
		RowMapper<@Nullable Object> collect = (rs, row) -> {
			Long groupId = rs.getObject("group_id", Long.class);
			found.put(rs.getString("email_key"), new ExistingAccount(rs.getLong("id"), rs.getString("email"),
					rs.getLong("organization_id"), groupId, Role.valueOf(rs.getString("role"))));
			return null;
		};
		if (postgresql && !keys.isEmpty()) {
			jdbc.sql("SELECT " + EXISTING_COLUMNS + " FROM users WHERE email_key = ANY(CAST(:keys AS TEXT[]))")
				.param("keys", keys.toArray(String[]::new))
				.query(collect)
				.list();
			return found;
		}
		for (int from = 0; from < keys.size(); from += LOOKUP_CHUNK) {
			jdbc.sql("SELECT " + EXISTING_COLUMNS + " FROM users WHERE email_key IN (:keys)")
				.param("keys", keys.subList(from, Math.min(keys.size(), from + LOOKUP_CHUNK)))
				.query(collect)
				.list();
		}
		return found;
	}

	/**
	 * What an import is about to replace on these accounts: two queries per 500 accounts.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, AccountBefore> before(Collection<Long> userIds) {
		Map<Long, Set<String>> tags = new HashMap<>();
		Map<Long, AccountBefore> found = new HashMap<>();
		inChunks(userIds, chunk -> {
			jdbc.sql("SELECT user_id, tag FROM user_tag WHERE user_id IN (:ids)").param("ids", chunk)
				.query((rs, row) -> tags.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2)))
				.list();
			jdbc.sql("SELECT id, password_hash, must_choose_password FROM users WHERE id IN (:ids)").param("ids", chunk)
				.query((rs, row) -> found.put(rs.getLong(1), new AccountBefore(rs.getLong(1), rs.getString(2),
						rs.getBoolean(3), tags.getOrDefault(rs.getLong(1), Set.of()))))
				.list();
		});
		return found;
	}

	/**
	 * The versions of these accounts, as an import leaves them: one query per 500 accounts.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, Integer> versions(Collection<Long> userIds) {
		Map<Long, Integer> found = new HashMap<>();
		inChunks(userIds, chunk -> jdbc.sql("SELECT id, version FROM users WHERE id IN (:ids)").param("ids", chunk)
			.query((rs, row) -> found.put(rs.getLong(1), rs.getInt(2)))
			.list());
		return found;
	}

	/**
	 * The accounts as they are now, for undoing an import: one query per 500 accounts; an account
	 * deleted meanwhile is missing.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, AccountNow> now(Collection<Long> userIds) {
		Map<Long, AccountNow> found = new HashMap<>();
		inChunks(userIds, chunk -> jdbc.sql("""
				SELECT id, organization_id, group_id, role, version, last_signed_in_at FROM users WHERE id IN (:ids)""")
			.param("ids", chunk)
			.query((rs, row) -> {
				OffsetDateTime signedIn = rs.getObject("last_signed_in_at", OffsetDateTime.class);
				return found.put(rs.getLong("id"), new AccountNow(rs.getLong("id"), rs.getLong("organization_id"),
						rs.getObject("group_id", Long.class), Role.valueOf(rs.getString("role")), rs.getInt("version"),
						signedIn == null ? null : signedIn.toInstant()));
			})
			.list());
		return found;
	}

	/**
	 * Deletes the accounts that are still unchanged, with one batch; returns the ids deleted.
	 */
	public Set<Long> deleteUnchanged(List<Unchanged> accounts) {
		return whileUnchanged(accounts, "DELETE FROM users WHERE ", condition -> new MapSqlParameterSource());
	}

	/**
	 * Gives back what an import replaced on the accounts that are still unchanged: one batch of
	 * password hashes, one of version increases for those that get only their tags back, and one
	 * statement each to drop and insert tags. The sessions of those whose password comes back end.
	 * Returns the ids restored.
	 */
	public Set<Long> restore(List<Restoration> restorations) {
		Map<Long, Restoration> byId = new HashMap<>();
		restorations.forEach(restoration -> byId.put(restoration.condition().userId(), restoration));
		Set<Long> passwords = whileUnchanged(
				restorations.stream().filter(r -> r.passwordHash() != null).map(Restoration::condition).toList(),
				"UPDATE users SET password_hash = :hash, must_choose_password = :mustChoose, version = version + 1 WHERE ",
				condition -> new MapSqlParameterSource("hash", byId.get(condition.userId()).passwordHash())
					.addValue("mustChoose", byId.get(condition.userId()).mustChoosePassword()));
		Set<Long> restored = new HashSet<>(passwords);
		restored.addAll(whileUnchanged(
				restorations.stream().filter(r -> r.passwordHash() == null).map(Restoration::condition).toList(),
				"UPDATE users SET version = version + 1 WHERE ", condition -> new MapSqlParameterSource()));
		List<Long> retagged = restored.stream().filter(id -> byId.get(id).tags() != null).toList();
		if (!retagged.isEmpty()) {
			jdbc.sql("DELETE FROM user_tag WHERE user_id IN (:ids)").param("ids", retagged).update();
			List<Long> users = new ArrayList<>();
			List<String> tags = new ArrayList<>();
			retagged.forEach(id -> byId.get(id).tags().forEach(tag -> {
				users.add(id);
				tags.add(tag);
			}));
			insertTags(users, tags);
		}
		if (!passwords.isEmpty()) {
			events.publishEvent(PasswordsChanged.of(passwords));
		}
		return restored;
	}

	/**
	 * Puts accounts that a file which is the whole group suspended or moved back where they stood,
	 * each only while nobody has changed it since; returns those put back.
	 */
	public Set<Long> putBack(List<PlaceBack> places) {
		Map<Long, PlaceBack> byId = new HashMap<>();
		places.forEach(place -> byId.put(place.condition().userId(), place));
		return whileUnchanged(places.stream().map(PlaceBack::condition).toList(),
				"UPDATE users SET status = :status, group_id = :group, version = version + 1 WHERE ",
				condition -> new MapSqlParameterSource("status", byId.get(condition.userId()).status().name())
					.addValue("group", byId.get(condition.userId()).groupId()));
	}

	/**
	 * Runs one statement as a batch over the accounts, each only while it is unchanged; returns
	 * those it touched.
	 */
	private Set<Long> whileUnchanged(List<Unchanged> accounts, String statement,
			Function<Unchanged, MapSqlParameterSource> values) {
		if (accounts.isEmpty()) {
			return Set.of();
		}
		int[] counts = batch.batchUpdate(statement + """
				id = :id AND version = :version
				AND (CAST(:since AS TIMESTAMP WITH TIME ZONE) IS NULL OR last_signed_in_at IS NULL
				     OR last_signed_in_at < CAST(:since AS TIMESTAMP WITH TIME ZONE))""",
				accounts.stream()
					.map(condition -> values.apply(condition).addValue("id", condition.userId())
						.addValue("version", condition.version())
						.addValue("since", condition.notSignedInSince() == null ? null
								: condition.notSignedInSince().atOffset(ZoneOffset.UTC)))
					.toArray(SqlParameterSource[]::new));
		Set<Long> touched = new HashSet<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				touched.add(accounts.get(i).userId());
			}
		}
		return touched;
	}

	private static void inChunks(Collection<Long> ids, Consumer<List<Long>> query) {
		List<Long> all = List.copyOf(new HashSet<>(ids));
		for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
			query.accept(all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK)));
		}
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public String hash(String password) {
		return passwordEncoder.encode(password);
	}

	/**
	 * Creates the accounts whose email no account uses, with their tags and the groups their
	 * Administrators administer; each starts at version 1, as one saved by the repository does
	 * (version 0 would make the repository take it for new when it is next saved). Returns each new
	 * account's id, keyed by the lower-cased email address: an account whose email was taken, before
	 * or by another import meanwhile, is not created and not in the answer.
	 */
	public Map<String, Long> createAll(List<ImportedAccount> accounts) {
		if (accounts.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> ids = postgresql ? insertWhereFree(accounts) : insertInBatch(accounts);
		List<ImportedAccount> created = accounts.stream().filter(account -> ids.containsKey(key(account))).toList();
		List<Long> tagged = new ArrayList<>();
		List<String> tags = new ArrayList<>();
		created.forEach(account -> account.tags().forEach(tag -> {
			tagged.add(ids.get(key(account)));
			tags.add(tag);
		}));
		insertTags(tagged, tags);
		administerOwnGroups(created, ids);
		return ids;
	}

	/**
	 * One statement: a row whose email is taken, even by an insert not yet committed, is left out
	 * once that insert commits, instead of failing the whole statement.
	 */
	private Map<String, Long> insertWhereFree(List<ImportedAccount> accounts) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("""
				INSERT INTO users (organization_id, group_id, full_name, first_name, last_name, email, email_key,
				                   role, status, password_hash, must_choose_password, created_at, version)
				SELECT organization_id, group_id, full_name, first_name, last_name, email, email_key, role, 'ACTIVE',
				       password_hash, must_choose, :now, 1
				FROM unnest(CAST(:organizations AS BIGINT[]), CAST(:groups AS BIGINT[]), CAST(:fullNames AS TEXT[]),
				            CAST(:firstNames AS TEXT[]), CAST(:lastNames AS TEXT[]), CAST(:emails AS TEXT[]),
				            CAST(:keys AS TEXT[]), CAST(:roles AS TEXT[]), CAST(:hashes AS TEXT[]),
				            CAST(:mustChoose AS BOOLEAN[]))
				     AS a (organization_id, group_id, full_name, first_name, last_name, email, email_key, role,
				           password_hash, must_choose)
				ON CONFLICT (email_key) DO NOTHING
				RETURNING id, email_key""")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("organizations", accounts.stream().mapToLong(ImportedAccount::organizationId).toArray())
			.param("groups", accounts.stream().mapToLong(ImportedAccount::groupId).toArray())
			.param("fullNames", strings(accounts, account -> account.name().fullName()))
			.param("firstNames", strings(accounts, account -> account.name().firstName()))
			.param("lastNames", strings(accounts, account -> account.name().lastName()))
			.param("emails", strings(accounts, ImportedAccount::email))
			.param("keys", strings(accounts, AccountBatch::key))
			.param("roles", strings(accounts, account -> account.role().name()))
			.param("hashes", strings(accounts, ImportedAccount::passwordHash))
			.param("mustChoose", booleans(accounts))
			.query((rs, row) -> ids.put(rs.getString("email_key"), rs.getLong("id")))
			.list();
		return ids;
	}

	/**
	 * A batch of inserts of the accounts no one has yet; one taken meanwhile by an insert not yet
	 * committed fails the batch, and the caller tries again once that one has committed.
	 */
	private Map<String, Long> insertInBatch(List<ImportedAccount> accounts) {
		Map<String, ExistingAccount> taken = existing(accounts.stream().map(ImportedAccount::email).toList());
		List<ImportedAccount> free = accounts.stream().filter(account -> !taken.containsKey(key(account))).toList();
		if (free.isEmpty()) {
			return Map.of();
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		batch.batchUpdate("""
				INSERT INTO users (organization_id, group_id, full_name, first_name, last_name, email, email_key,
				                   role, status, password_hash, must_choose_password, created_at, version)
				VALUES (:organization, :group, :fullName, :firstName, :lastName, :email, :emailKey,
				        :role, 'ACTIVE', :hash, :mustChoose, :now, 1)""", free.stream()
			.map(account -> new MapSqlParameterSource()
				.addValue("organization", account.organizationId())
				.addValue("group", account.groupId())
				.addValue("fullName", account.name().fullName())
				.addValue("firstName", account.name().firstName())
				.addValue("lastName", account.name().lastName())
				.addValue("email", account.email())
				.addValue("emailKey", key(account))
				.addValue("role", account.role().name())
				.addValue("hash", account.passwordHash())
				.addValue("mustChoose", account.mustChoosePassword())
				.addValue("now", now))
			.toArray(SqlParameterSource[]::new));
		Map<String, Long> ids = new HashMap<>();
		existing(free.stream().map(ImportedAccount::email).toList())
			.forEach((key, account) -> ids.put(key, account.userId()));
		return ids;
	}

	/**
	 * Makes each new Administrator the administrator of their group, as Add a user does.
	 */
	private void administerOwnGroups(List<ImportedAccount> accounts, Map<String, Long> ids) {
		SqlParameterSource[] admins = accounts.stream()
			.flatMap(account -> User.administersOwnGroup(account.role(), account.groupId()).stream()
				.map(group -> new MapSqlParameterSource("user", ids.get(key(account))).addValue("group", group)))
			.toArray(SqlParameterSource[]::new);
		if (admins.length > 0) {
			batch.batchUpdate("INSERT INTO group_admin (user_id, group_id) VALUES (:user, :group)", admins);
		}
	}

	/**
	 * Notes which accounts an import created and which it changed, with one statement; the user page
	 * lists them and the user list filters by them.
	 */
	public void noteImport(UUID importId, String importName, Collection<Long> created, Collection<Long> updated) {
		if (created.isEmpty() && updated.isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<Long> users = new ArrayList<>(created);
		users.addAll(updated);
		List<String> changes = new ArrayList<>();
		created.forEach(id -> changes.add(ImportTouch.Change.CREATED.name()));
		updated.forEach(id -> changes.add(ImportTouch.Change.UPDATED.name()));
		if (postgresql) {
			jdbc.sql("""
					INSERT INTO user_import (user_id, import_id, import_name, change_kind, changed_at)
					SELECT user_id, :import, :name, change_kind, :now
					FROM unnest(CAST(:users AS BIGINT[]), CAST(:changes AS TEXT[])) AS t (user_id, change_kind)""")
				.param("import", importId).param("name", importName).param("now", now)
				.param("users", users.stream().mapToLong(Long::longValue).toArray())
				.param("changes", changes.toArray(String[]::new))
				.update();
			return;
		}
		List<SqlParameterSource> touches = new ArrayList<>();
		for (int i = 0; i < users.size(); i++) {
			touches.add(new MapSqlParameterSource("user", users.get(i)).addValue("import", importId)
				.addValue("name", importName).addValue("change", changes.get(i)).addValue("now", now));
		}
		batch.batchUpdate("""
				INSERT INTO user_import (user_id, import_id, import_name, change_kind, changed_at)
				VALUES (:user, :import, :name, :change, :now)""", touches.toArray(SqlParameterSource[]::new));
	}

	/**
	 * Sets new password hashes, keyed by account id, with one batch of updates; the sessions those
	 * people opened before end (one {@link PasswordsChanged} for all of them). With
	 * {@code askNewPassword} they must choose their own at their next sign-in; without, an earlier
	 * demand stays, since someone else still knows the password.
	 */
	public void updatePasswords(Map<Long, String> hashes, boolean askNewPassword) {
		if (hashes.isEmpty()) {
			return;
		}
		batch.batchUpdate("""
				UPDATE users SET password_hash = :hash, must_choose_password = (must_choose_password OR :ask),
				                 version = version + 1
				WHERE id = :id""",
				hashes.entrySet().stream()
					.map(entry -> new MapSqlParameterSource("id", entry.getKey()).addValue("hash", entry.getValue())
						.addValue("ask", askNewPassword))
					.toArray(SqlParameterSource[]::new));
		events.publishEvent(PasswordsChanged.of(hashes.keySet()));
	}

	/**
	 * Every account of a group with its tags, by name: two queries whatever the group's size.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<GroupMember> members(long groupId) {
		Map<Long, List<String>> tags = new HashMap<>();
		jdbc.sql("""
				SELECT t.user_id, t.tag FROM user_tag t JOIN users u ON u.id = t.user_id
				WHERE u.group_id = :group ORDER BY t.tag""")
			.param("group", groupId)
			.query((rs, row) -> tags.computeIfAbsent(rs.getLong("user_id"), id -> new ArrayList<>())
				.add(rs.getString("tag")))
			.list();
		return jdbc.sql("""
				SELECT id, email, full_name, first_name, last_name, role, status FROM users
				WHERE group_id = :group ORDER BY full_name, id""")
			.param("group", groupId)
			.query((rs, row) -> new GroupMember(rs.getLong("id"), rs.getString("email"),
					new PersonName(rs.getString("full_name"), rs.getString("first_name"), rs.getString("last_name")),
					Role.valueOf(rs.getString("role")), UserStatus.valueOf(rs.getString("status")),
					tags.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * Where these accounts stand now, locked until the caller's transaction ends, so that what an
	 * import notes as "before" is what it changed; a deleted account is absent.
	 */
	public Map<Long, AccountPlace> lockPlaces(Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, AccountPlace> places = new HashMap<>();
		jdbc.sql("SELECT id, group_id, status, role FROM users WHERE id IN (:ids) FOR UPDATE")
			.param("ids", userIds)
			.query((rs, row) -> places.put(rs.getLong("id"), new AccountPlace(rs.getLong("id"),
					rs.getObject("group_id", Long.class), UserStatus.valueOf(rs.getString("status")),
					Role.valueOf(rs.getString("role")))))
			.list();
		return places;
	}

	/**
	 * Suspends these accounts with one statement; their sessions end, as with any suspension.
	 */
	public void suspendAll(Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return;
		}
		jdbc.sql("UPDATE users SET status = 'SUSPENDED', version = version + 1 WHERE id IN (:ids)")
			.param("ids", userIds).update();
		userIds.forEach(id -> events.publishEvent(new AccountLocked(id)));
	}

	/**
	 * Moves these accounts to another group with one statement.
	 */
	public void moveAll(Collection<Long> userIds, long groupId) {
		if (userIds.isEmpty()) {
			return;
		}
		jdbc.sql("UPDATE users SET group_id = :group, version = version + 1 WHERE id IN (:ids)")
			.param("group", groupId).param("ids", userIds).update();
	}

	/**
	 * Gives accounts the names a file has for them, with one batch of updates.
	 */
	public void renameAll(Map<Long, PersonName> names) {
		if (names.isEmpty()) {
			return;
		}
		batch.batchUpdate("""
				UPDATE users SET full_name = :fullName, first_name = :firstName, last_name = :lastName,
				                 version = version + 1
				WHERE id = :id""", names.entrySet().stream()
			.map(entry -> new MapSqlParameterSource("id", entry.getKey())
				.addValue("fullName", entry.getValue().fullName())
				.addValue("firstName", entry.getValue().firstName())
				.addValue("lastName", entry.getValue().lastName()))
			.toArray(SqlParameterSource[]::new));
	}

	public void replaceTags(long userId, Set<String> tags) {
		jdbc.sql("DELETE FROM user_tag WHERE user_id = :id").param("id", userId).update();
		insertTags(tags.stream().map(tag -> userId).toList(), List.copyOf(tags));
		jdbc.sql("UPDATE users SET version = version + 1 WHERE id = :id").param("id", userId).update();
	}

	/**
	 * Gives each account of {@code users} the tag at the same place in {@code tags}.
	 */
	private void insertTags(List<Long> users, List<String> tags) {
		if (users.isEmpty()) {
			return;
		}
		if (postgresql) {
			jdbc.sql("INSERT INTO user_tag (user_id, tag) SELECT * FROM unnest(CAST(:users AS BIGINT[]), "
					+ "CAST(:tags AS TEXT[]))")
				.param("users", users.stream().mapToLong(Long::longValue).toArray())
				.param("tags", tags.toArray(String[]::new))
				.update();
			return;
		}
		SqlParameterSource[] rows = new SqlParameterSource[users.size()];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = new MapSqlParameterSource("user", users.get(i)).addValue("tag", tags.get(i));
		}
		batch.batchUpdate("INSERT INTO user_tag (user_id, tag) VALUES (:user, :tag)", rows);
	}

	private static String key(ImportedAccount account) {
		return User.emailKey(account.email());
	}

	private static String[] strings(List<ImportedAccount> accounts, Function<ImportedAccount, @Nullable String> value) {
		return accounts.stream().map(value).toArray(String[]::new);
	}

	private static boolean[] booleans(List<ImportedAccount> accounts) {
		boolean[] values = new boolean[accounts.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = accounts.get(i).mustChoosePassword();
		}
		return values;
	}

}
