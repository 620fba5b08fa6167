package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.ErrorResponseException;

import io.muster.TestDatabase;
import io.muster.directory.DirectoryService;
import io.muster.directory.NewAccount;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.directory.SignedInUser;
import io.muster.directory.UserChange;
import io.muster.directory.UserManagement;
import io.muster.organization.OrganizationService;
import io.muster.organization.OrganizationSettings;
import io.muster.support.Api;

/**
 * What an import trusts and what it checks again: the options at its start, names that would
 * show as something else, passwords on screen, addresses of other schools, and rows that lose a
 * race to another import.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class ImportTrustIntegrationTests {

	private static final String PASSWORD = "Trust-Pass-2026";

	@Autowired
	private MessageSource messages;

	@Autowired
	ImportDrafts drafts;

	@Autowired
	ImportQueue queue;

	@Autowired
	ImportReports reports;

	@Autowired
	DirectoryService directory;

	@Autowired
	UserManagement management;

	@Autowired
	OrganizationService organizations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private OrganizationSettings school;

	private long ownGroup;

	private SignedInUser sysadmin;

	private String run;

	@BeforeEach
	void school() {
		run = UUID.randomUUID().toString().substring(0, 8);
		school = organizations.create("Trust School " + run, true);
		ownGroup = directory.createGroup(school.id(), "Staff").id();
		sysadmin = person("trust.sysadmin." + run + "@trust.test", Role.SYSTEM_ADMIN, ownGroup);
	}

	@Test
	void anAdministratorRemovedFromAGroupAfterChoosingItCannotStartAnImportIntoIt() {
		long chosen = directory.createGroup(school.id(), "Class 9C").id();
		SignedInUser admin = person("trust.admin." + run + "@trust.test", Role.ADMIN, ownGroup);
		directory.makeAdministratorOf(admin.id(), chosen);
		UUID id = draft(admin, "Nia New,nia.new." + run + "@trust.test\n", chosen, false);

		demoteAndPromote(admin.id());

		assertThatThrownBy(() -> queue.start(admin, id)).isInstanceOfSatisfying(ErrorResponseException.class,
				ex -> assertThat(ex.getStatusCode().value()).isEqualTo(403));
		assertThat(reports.summary(admin, id).status()).isEqualTo(ImportStatus.DRAFT);
	}

	@Test
	void welcomeEmailsSwitchedOffAfterTheyWereChosenStopTheStart() {
		UUID id = draft(sysadmin, "Nia New,nia.new." + run + "@trust.test\n", ownGroup, true);

		OrganizationSettings now = organizations.settings(school.id());
		organizations.update(new OrganizationSettings(now.id(), now.name(), false, now.importLimits(),
				now.minPasswordLength(), now.maxSyncChangePercent(), now.version()));

		assertThatThrownBy(() -> queue.start(sysadmin, id)).isInstanceOfSatisfying(ErrorResponseException.class,
				ex -> assertThat(ex.updateAndGetBody(messages, Locale.ENGLISH).getDetail())
					.contains("Advanced Email Notifications"));
		assertThat(reports.summary(sysadmin, id).status()).isEqualTo(ImportStatus.DRAFT);
	}

	@Test
	void namesAndTagsThatWouldShowAsSomethingElseAreInvalidRowsAndRefusedOnAddAUser() {
		UUID id = drafts.upload(sysadmin, "bidi.csv", ("Name,Email,Tags\n"
				+ "Mia \u202Egnp.exe,mia." + run + "@trust.test,7a\n"
				+ "Red \u001B[31mAlert,red." + run + "@trust.test,7a\n"
				+ "Ok Name,ok." + run + "@trust.test,\"a\u0007b\"\n"
				+ "李明 🙂,li." + run + "@trust.test,7a\n").getBytes(StandardCharsets.UTF_8), null, null, null).id();
		drafts.map(sysadmin, id, new ColumnMapping("Name", null, null, "Email", "Tags", null), PASSWORD);
		drafts.setOptions(sysadmin, id, new ImportOptions(ownGroup, null, false, false, false, List.of()));

		List<RowVerdict> rows = drafts.rows(sysadmin, id);

		assertThat(rows).extracting(RowVerdict::valid).containsExactly(false, false, false, true);
		assertThat(rows.get(0).reasons(messages, Locale.ENGLISH)).containsExactly("Name contains an invisible control character (U+202E) "
				+ "that would change how it shows; type it again without it.");
		assertThat(rows.get(1).reasons(messages, Locale.ENGLISH).get(0)).contains("(U+001B)");
		assertThat(rows.get(2).reasons(messages, Locale.ENGLISH).get(0)).startsWith("A tag contains").contains("(U+0007)");
		assertThatThrownBy(() -> management.create(sysadmin, new NewAccount("Mia \u202Egnp.exe",
				"mia.added." + run + "@trust.test", ownGroup, Role.USER, "", PASSWORD)))
			.isInstanceOfSatisfying(ErrorResponseException.class,
					ex -> assertThat(ex.getBody().getProperties()).containsKey("errors"));
	}

	@Test
	void thePreviewMasksThePasswordColumn() {
		UploadResult upload = drafts.upload(sysadmin, "passwords.csv", ("Name,Email,Password\nPia Plain,pia." + run
				+ "@trust.test,Secret-Pass-2026\n").getBytes(StandardCharsets.UTF_8), null, null, null);

		assertThat(upload.sampleRows().get(0)).containsExactly("Pia Plain", "pia." + run + "@trust.test", "••••••••");
		assertThat(drafts.draft(sysadmin, upload.id()).sampleRows().get(0)).doesNotContain("Secret-Pass-2026");
	}

	@Test
	void anAddressOfAnotherSchoolIsOnlySaidToBeTaken() {
		UUID id = drafts.upload(sysadmin, "taken.csv", ("Name,Email,Password\nHana,sysadmin@hillside.test,"
				+ "Hana-New-Pass-2026\n").getBytes(StandardCharsets.UTF_8), null, null, null).id();
		drafts.map(sysadmin, id, new ColumnMapping("Name", null, null, "Email", null, "Password"), null);
		drafts.setOptions(sysadmin, id, new ImportOptions(ownGroup, null, true, false, false, List.of()));

		assertThat(drafts.rows(sysadmin, id).get(0).reasons(messages, Locale.ENGLISH)).containsExactly("This email address is already taken.");
	}

	/**
	 * Other transactions hold uncommitted accounts for both rows while this import inserts them: each
	 * row waits for the other's commit, then settles as "Already has an account" in the same run,
	 * and the job engine never sees the job fail.
	 */
	@Test
	void aRowThatMeetsAnotherImportsUncommittedAccountSettlesInTheSameRun() throws Exception {
		assumeTrue(TestDatabase.usePostgresql(), "H2 does not make a second insert of a key wait for the first");
		String first = "race.first." + run + "@trust.test";
		String second = "race.second." + run + "@trust.test";
		UUID id = draft(sysadmin, "Rae First," + first + "\nRob Second," + second + "\n", ownGroup, false);
		List<Integer> failures = new ArrayList<>();
		try (Connection holdsFirst = uncommitted(first); Connection holdsSecond = dataSource.getConnection()) {
			queue.start(sysadmin, id);
			awaitWaitingForALock();
			holdsSecond.setAutoCommit(false);
			insertAccount(holdsSecond, second);
			holdsFirst.commit();
			awaitWaitingForALock();
			holdsSecond.commit();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				jdbc.sql("SELECT consecutive_failures FROM scheduled_tasks WHERE task_instance = :id")
					.param("id", id.toString()).query(Integer.class).optional().ifPresent(failures::add);
				return reports.summary(sysadmin, id).status() == ImportStatus.COMPLETED;
			});
		}
		assertThat(failures).allMatch(count -> count == 0);
		assertThat(reports.problems(sysadmin, id)).extracting(result -> result.reason(messages, Locale.ENGLISH))
			.containsExactly("Already has an account.", "Already has an account.");
	}

	private void awaitWaitingForALock() {
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")
			.query(Long.class).single() > 0);
	}

	private Connection uncommitted(String email) throws Exception {
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		insertAccount(connection, email);
		return connection;
	}

	private void insertAccount(Connection connection, String email) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO users (organization_id, group_id, full_name, email, email_key, role, status, password_hash,
				                   created_at)
				VALUES (?, ?, 'Other Import', ?, ?, 'USER', 'ACTIVE', 'x', ?)""")) {
			insert.setLong(1, school.id());
			insert.setLong(2, ownGroup);
			insert.setString(3, email);
			insert.setString(4, email);
			insert.setTimestamp(5, Timestamp.from(Instant.now()));
			insert.executeUpdate();
		}
	}

	private UUID draft(SignedInUser actor, String rows, long group, boolean welcome) {
		UUID id = drafts.upload(actor, "trust.csv", ("Name,Email\n" + rows).getBytes(StandardCharsets.UTF_8), null,
				null, null).id();
		drafts.map(actor, id, new ColumnMapping("Name", null, null, "Email", null, null), PASSWORD);
		drafts.setOptions(actor, id, new ImportOptions(group, null, false, false, welcome, List.of()));
		return id;
	}

	private void demoteAndPromote(long userId) {
		for (Role role : List.of(Role.USER, Role.ADMIN)) {
			int version = directory.findById(userId).orElseThrow().version();
			management.update(sysadmin, userId, new UserChange(version, null, null, null, role, null, null));
		}
	}

	private SignedInUser person(String email, Role role, long group) {
		long id = directory.createUser(new NewUser(school.id(), PersonName.full("Tess Trust"), email, role, group,
				Set.of(), PASSWORD)).id();
		if (role == Role.ADMIN) {
			directory.makeAdministratorOf(id, group);
		}
		return (SignedInUser) users.loadUserByUsername(email);
	}

}
