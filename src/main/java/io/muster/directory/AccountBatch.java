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

import org.springframework.context.ApplicationEventPublisher;
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
 */
@NamedInterface("importer")
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AccountBatch {

	private static final int LOOKUP_CHUNK = 500;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	AccountBatch(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	/**
	 * The accounts that use any of these email addresses, keyed by the lower-cased address; one
	 * query per 500 addresses.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<String, ExistingAccount> existing(Collection<String> emails) {
		List<String> keys = emails.stream().map(User::emailKey).distinct().toList();
		Map<String, ExistingAccount> found = new HashMap<>();
		for (int from = 0; from < keys.size(); from += LOOKUP_CHUNK) {
			List<String> chunk = keys.subList(from, Math.min(keys.size(), from + LOOKUP_CHUNK));
			jdbc.sql("SELECT id, email, email_key, organization_id, group_id, role FROM users WHERE email_key IN (:keys)")
				.param("keys", chunk)
				.query((rs, row) -> {
					Long groupId = rs.getObject("group_id", Long.class);
					found.put(rs.getString("email_key"), new ExistingAccount(rs.getLong("id"), rs.getString("email"),
							rs.getLong("organization_id"), groupId, Role.valueOf(rs.getString("role"))));
					return null;
				})
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
			insertTags(retagged.stream()
				.flatMap(id -> byId.get(id).tags().stream().map(tag -> new MapSqlParameterSource("user", id).addValue("tag", tag)))
				.toList());
		}
		if (!passwords.isEmpty()) {
			events.publishEvent(PasswordsChanged.of(passwords));
		}
		return restored;
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
	 * Creates the accounts with one batch of inserts, their tags with another and the groups their
	 * Administrators administer with a third; each starts at version 1, as one saved by the repository
	 * does (version 0 would make the repository take it for new when it is next saved). Returns each
	 * new account's id, keyed by the lower-cased email address.
	 */
	public Map<String, Long> createAll(List<ImportedAccount> accounts) {
		if (accounts.isEmpty()) {
			return Map.of();
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		batch.batchUpdate("""
				INSERT INTO users (organization_id, group_id, full_name, first_name, last_name, email, email_key,
				                   role, status, password_hash, must_choose_password, created_at, version)
				VALUES (:organization, :group, :fullName, :firstName, :lastName, :email, :emailKey,
				        :role, 'ACTIVE', :hash, :mustChoose, :now, 1)""", accounts.stream()
			.map(account -> new MapSqlParameterSource()
				.addValue("organization", account.organizationId())
				.addValue("group", account.groupId())
				.addValue("fullName", account.name().fullName())
				.addValue("firstName", account.name().firstName())
				.addValue("lastName", account.name().lastName())
				.addValue("email", account.email())
				.addValue("emailKey", User.emailKey(account.email()))
				.addValue("role", account.role().name())
				.addValue("hash", account.passwordHash())
				.addValue("mustChoose", account.mustChoosePassword())
				.addValue("now", now))
			.toArray(SqlParameterSource[]::new));
		Map<String, Long> ids = new HashMap<>();
		existing(accounts.stream().map(ImportedAccount::email).toList())
			.forEach((key, account) -> ids.put(key, account.userId()));
		insertTags(accounts.stream().flatMap(account -> account.tags().stream()
			.map(tag -> new MapSqlParameterSource("user", ids.get(User.emailKey(account.email()))).addValue("tag", tag)))
			.toList());
		administerOwnGroups(accounts, ids);
		return ids;
	}

	/**
	 * Makes each new Administrator the administrator of their group, as Add a user does.
	 */
	private void administerOwnGroups(List<ImportedAccount> accounts, Map<String, Long> ids) {
		SqlParameterSource[] admins = accounts.stream()
			.flatMap(account -> User.administersOwnGroup(account.role(), account.groupId()).stream()
				.map(group -> new MapSqlParameterSource("user", ids.get(User.emailKey(account.email())))
					.addValue("group", group)))
			.toArray(SqlParameterSource[]::new);
		if (admins.length > 0) {
			batch.batchUpdate("INSERT INTO group_admin (user_id, group_id) VALUES (:user, :group)", admins);
		}
	}

	/**
	 * Notes which accounts an import created and which it changed, with one batch of inserts; the
	 * user page lists them and the user list filters by them.
	 */
	public void noteImport(UUID importId, String importName, Collection<Long> created, Collection<Long> updated) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<SqlParameterSource> touches = new ArrayList<>();
		created.forEach(id -> touches.add(touch(id, importId, importName, ImportTouch.Change.CREATED, now)));
		updated.forEach(id -> touches.add(touch(id, importId, importName, ImportTouch.Change.UPDATED, now)));
		if (!touches.isEmpty()) {
			batch.batchUpdate("""
					INSERT INTO user_import (user_id, import_id, import_name, change_kind, changed_at)
					VALUES (:user, :import, :name, :change, :now)""", touches.toArray(SqlParameterSource[]::new));
		}
	}

	private static SqlParameterSource touch(long userId, UUID importId, String importName, ImportTouch.Change change,
			OffsetDateTime now) {
		return new MapSqlParameterSource("user", userId).addValue("import", importId).addValue("name", importName)
			.addValue("change", change.name()).addValue("now", now);
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
		insertTags(tags.stream().map(tag -> new MapSqlParameterSource("user", userId).addValue("tag", tag)).toList());
		jdbc.sql("UPDATE users SET version = version + 1 WHERE id = :id").param("id", userId).update();
	}

	private void insertTags(List<MapSqlParameterSource> tags) {
		if (!tags.isEmpty()) {
			batch.batchUpdate("INSERT INTO user_tag (user_id, tag) VALUES (:user, :tag)",
					tags.toArray(SqlParameterSource[]::new));
		}
	}

}
