package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.muster.TestDatabase;
import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.directory.SignedInUser;
import io.muster.organization.OrganizationService;
import io.muster.organization.OrganizationSettings;
import io.muster.support.Api;
import io.muster.support.ImportWait;
import io.muster.support.LocalServers;

/**
 * "This file is the whole group": a class list imported as the whole class creates the new pupils,
 * updates the renamed ones and suspends or moves those it leaves out, and its safety brake stops a
 * file that would change too much of the class until a System Administrator confirms it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class SyncImportIntegrationTests {

	private static final String PASSWORD = "Sync-Pass-2026";

	private static final List<String> PUPILS = List.of("Ann", "Ben", "Cem", "Dan", "Eva", "Fay", "Gus", "Hal", "Ida",
			"Jon");

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(LocalServers.smtp()).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		LocalServers.sendMailTo(registry, () -> smtp.getSmtp().getPort());
	}

	@LocalServerPort
	int port;

	@Autowired
	ImportDrafts drafts;

	@Autowired
	ImportQueue queue;

	@Autowired
	ImportReports reports;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportUndo undo;

	@Autowired
	PlatformTransactionManager transactions;

	private String run;

	private OrganizationSettings school;

	private long classGroup;

	private long alumni;

	private SignedInUser sysadmin;

	private SignedInUser admin;

	@BeforeEach
	void aClassOfTen() {
		run = UUID.randomUUID().toString().substring(0, 8);
		school = organizations.create("Sync School " + run, false);
		classGroup = directory.createGroup(school.id(), "Class 7A").id();
		alumni = directory.createGroup(school.id(), "Alumni").id();
		long staff = directory.createGroup(school.id(), "Staff").id();
		sysadmin = person("sysadmin", "Sam Sys", Role.SYSTEM_ADMIN, staff);
		admin = person("admin", "Ada Admin", Role.ADMIN, staff);
		directory.makeAdministratorOf(admin.id(), classGroup);
		directory.makeAdministratorOf(admin.id(), alumni);
		PUPILS.forEach(name -> person(name.toLowerCase(Locale.ROOT), name + " Pupil", Role.USER, classGroup));
	}

	@Test
	void oneRemovedOneRenamedOneNewAreSuspendedUpdatedAndCreated() throws Exception {
		long teacher = person("teacher", "Tom Teacher", Role.ADMIN, classGroup).id();
		directory.makeAdministratorOf(teacher, classGroup);
		String file = rows(PUPILS.stream().filter(name -> !name.equals("Ben")).map(name -> name.equals("Cem")
				? line("Cem Renamed", "cem") : line(name + " Pupil", name.toLowerCase(Locale.ROOT))).toList())
				+ line("Nia New", "nia");
		UUID id = sync(admin, file, SyncOption.Missing.SUSPEND, null);

		DraftVerification.Verified verified = drafts.verified(admin, id);
		assertThat(verified.rows()).filteredOn(RowVerdict::valid).extracting(RowVerdict::email, RowVerdict::action)
			.containsExactlyInAnyOrder(tuple(email("cem"), RowAction.UPDATE_DETAILS),
					tuple(email("nia"), RowAction.CREATE));
		RowVerdict cem = verified.rows().stream().filter(row -> row.email().equals(email("cem"))).findFirst().orElseThrow();
		assertThat(cem.change().nameBefore()).isEqualTo("Cem Pupil");
		assertThat(cem.change().nameAfter()).isEqualTo("Cem Renamed");
		RowVerdict ann = verified.rows().get(0);
		assertThat(ann.onlyHasAnAccount()).isTrue();
		assertThat(ann.reasons(messages, Locale.ENGLISH)).containsExactly("Already in the group, as the file has it.");
		assertThat(verified.sync().missing()).extracting(missing -> missing.account().email(), MissingAccount::fate)
			.containsExactly(tuple(email("ben"), MissingAccount.Fate.SUSPEND),
					tuple(email("teacher"), MissingAccount.Fate.OUTRANKED));

		queue.start(admin, id);
		ImportWait.untilCompleted(jdbc, id);

		ImportSummary done = reports.summary(admin, id);
		assertThat(List.of(done.created(), done.updated(), done.suspended(), done.moved())).containsExactly(1, 1, 1, 0);
		assertThat(status("ben")).isEqualTo("SUSPENDED");
		assertThat(status("teacher")).isEqualTo("ACTIVE");
		assertThat(directory.findByEmail(email("cem")).orElseThrow().fullName()).isEqualTo("Cem Renamed");
		assertThat(directory.findByEmail(email("nia")).orElseThrow().groupId()).isEqualTo(classGroup);
		assertThat(jdbc.sql("""
				SELECT action, outcome, previous_status, previous_group_id, user_id FROM import_row
				WHERE import_id = :id AND action IN ('SUSPEND', 'MOVE')""").param("id", id)
			.query((row, number) -> List.of(row.getString("action"), row.getString("outcome"),
					row.getString("previous_status"), row.getLong("previous_group_id"), row.getLong("user_id")))
			.list())
			.containsExactly(List.of("SUSPEND", "SUSPENDED", "ACTIVE", classGroup,
					directory.findByEmail(email("ben")).orElseThrow().id()));
		assertThat(reports.leftOut(admin, id)).extracting(ImportRows.RowResult::email).containsExactly(email("ben"));
		assertThat(reports.resultsCsv(admin, id, Locale.ENGLISH))
			.contains(",\"Ben Pupil\",\"" + email("ben") + "\",SUSPENDED,")
			.contains("\"Cem Renamed\",\"" + email("cem") + "\",UPDATED,");
		assertThat(GreenMailUtil.getBody(completionMail())).contains("One account of the group was not in the file",
				email("ben"), "Suspended");
	}

	@Test
	void thirtyPercentLeftOutIsRefusedWithTheCountsOnTheServiceAndTheApi() {
		UUID id = sync(admin, rows(List.of(PUPILS.subList(0, 7).stream().map(this::pupilLine).collect(Collectors.joining()))),
				SyncOption.Missing.SUSPEND, null);

		assertThatThrownBy(() -> queue.start(admin, id)).isInstanceOfSatisfying(ErrorResponseException.class, ex -> {
			assertThat(ex.getStatusCode().value()).isEqualTo(409);
			assertThat(ex.updateAndGetBody(messages, Locale.ENGLISH).getDetail()).startsWith(
					"3 of 10 accounts of the group (30 %) would be suspended; the limit is 10 %.");
		});
		Api.as(port, email("admin"), PASSWORD).post().uri("/api/v1/imports/" + id + "/start").exchange()
			.expectStatus().isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/sync-brake")
			.jsonPath("$.affected").isEqualTo(3)
			.jsonPath("$.groupSize").isEqualTo(10)
			.jsonPath("$.percent").isEqualTo(30)
			.jsonPath("$.limitPercent").isEqualTo(10)
			.jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("3 of 10"));
		assertThat(reports.summary(admin, id).status()).isEqualTo(ImportStatus.DRAFT);
		assertThat(List.of(status("hal"), status("ida"), status("jon"))).containsOnly("ACTIVE");
	}

	@Test
	void anAdministratorCannotConfirmButASystemAdministratorCan() {
		UUID id = sync(admin, rows(List.of(PUPILS.subList(0, 7).stream().map(this::pupilLine).collect(Collectors.joining()))),
				SyncOption.Missing.SUSPEND, null);

		Api.as(port, email("admin"), PASSWORD).post().uri("/api/v1/imports/" + id + "/start?confirmLargeChange=true")
			.exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.detail").value(String.class,
					detail -> assertThat(detail).contains("Only a System Administrator can confirm"));
		assertThat(status("jon")).isEqualTo("ACTIVE");

		Api.as(port, email("sysadmin"), PASSWORD).post().uri("/api/v1/imports/" + id + "/start?confirmLargeChange=true")
			.exchange()
			.expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, id);

		assertThat(reports.summary(sysadmin, id).suspended()).isEqualTo(3);
		assertThat(List.of(status("hal"), status("ida"), status("jon"))).containsOnly("SUSPENDED");
		assertThat(status("gus")).isEqualTo("ACTIVE");
	}

	@Test
	void theOrganizationsShareMovesTheBrake() {
		OrganizationSettings now = organizations.settings(school.id());
		organizations.update(new OrganizationSettings(now.id(), now.name(), false, now.importLimits(),
				now.minPasswordLength(), 30, now.version()));
		UUID id = sync(admin, rows(List.of(PUPILS.subList(0, 7).stream().map(this::pupilLine).collect(Collectors.joining()))),
				SyncOption.Missing.MOVE, alumni);

		queue.start(admin, id);
		ImportWait.untilCompleted(jdbc, id);

		assertThat(reports.summary(admin, id).moved()).isEqualTo(3);
		assertThat(directory.findByEmail(email("jon")).orElseThrow().groupId()).isEqualTo(alumni);
		assertThat(status("jon")).isEqualTo("ACTIVE");
		assertThat(jdbc.sql("SELECT DISTINCT previous_group_id FROM import_row WHERE import_id = :id AND outcome = 'MOVED'")
			.param("id", id).query(Long.class).list()).containsExactly(classGroup);
	}

	@Test
	void aSecondSyncOfTheGroupWaitsUntilTheFirstHasEnded() {
		String whole = rows(PUPILS.stream().map(this::pupilLine).toList());
		UUID first = sync(admin, whole + line("Nia New", "nia"), SyncOption.Missing.SUSPEND, null);
		UUID second = sync(sysadmin, whole + line("Ola New", "ola"), SyncOption.Missing.LEAVE, null);
		TransactionTemplate transaction = new TransactionTemplate(transactions);

		transaction.executeWithoutResult(status -> {
			queue.start(admin, first);
			assertThatThrownBy(() -> queue.start(sysadmin, second))
				.isInstanceOfSatisfying(ErrorResponseException.class, ex -> assertThat(
						ex.updateAndGetBody(messages, Locale.ENGLISH).getDetail())
					.isEqualTo("Another import (sync-" + run + ".csv) is making this group whole right now. "
							+ "Start this one when it has ended."));
			status.setRollbackOnly();
		});

		queue.start(admin, first);
		ImportWait.untilCompleted(jdbc, first);
		queue.start(sysadmin, second);
		ImportWait.untilCompleted(jdbc, second);
	}

	/**
	 * Two starts at the same moment, neither seeing the other's uncommitted queueing: the unique key
	 * on the group makes the second wait for the first and then refuses it.
	 */
	@Test
	void twoSyncsOfTheGroupStartedAtTheSameMomentQueueOnlyOne() throws Exception {
		assumeTrue(TestDatabase.usePostgresql(), "H2 does not make a second insert of a key wait for the first");
		String whole = rows(PUPILS.stream().map(this::pupilLine).toList());
		UUID first = sync(admin, whole + line("Nia New", "nia"), SyncOption.Missing.SUSPEND, null);
		UUID second = sync(sysadmin, whole + line("Ola New", "ola"), SyncOption.Missing.LEAVE, null);
		CountDownLatch queued = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
			.executeWithoutResult(status -> {
				queue.start(admin, first);
				queued.countDown();
				await().atMost(Duration.ofSeconds(60)).until(() -> commit.getCount() == 0);
			}));
		queued.await();
		CompletableFuture<Throwable> racer = CompletableFuture.supplyAsync(() -> {
			try {
				queue.start(sysadmin, second);
				return null;
			}
			catch (RuntimeException ex) {
				return ex;
			}
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")
			.query(Long.class).single() > 0);
		commit.countDown();
		holder.get(60, TimeUnit.SECONDS);

		assertThat(racer.get(60, TimeUnit.SECONDS)).isInstanceOfSatisfying(ErrorResponseException.class,
				ex -> assertThat(ex.updateAndGetBody(messages, Locale.ENGLISH).getDetail()).isEqualTo(
						"Another import started making this group whole at the same moment. "
								+ "Start this one when it has ended."));
		ImportWait.untilCompleted(jdbc, first);
		assertThat(reports.summary(sysadmin, second).status()).isEqualTo(ImportStatus.DRAFT);
	}

	@Test
	void theApiTakesTheOptionAndListsTheAccountsLeftOutWithTheBrake() {
		UUID id = drafts.upload(admin, "sync-" + run + ".csv", rows(PUPILS.subList(0, 7).stream().map(this::pupilLine)
			.toList()).getBytes(StandardCharsets.UTF_8), null, null, null).id();
		drafts.map(admin, id, new ColumnMapping("Name", null, null, "Email", null, null), PASSWORD);
		RestTestClient api = Api.as(port, email("admin"), PASSWORD);

		api.put().uri("/api/v1/imports/" + id + "/options").contentType(MediaType.APPLICATION_JSON)
			.body("{\"groupId\": " + classGroup + ", \"sync\": {\"enabled\": true, \"missing\": \"MOVE\"}}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.field").isEqualTo("sync.moveToGroupId");
		api.put().uri("/api/v1/imports/" + id + "/options").contentType(MediaType.APPLICATION_JSON)
			.body("{\"groupId\": " + classGroup + ", \"sync\": {\"enabled\": true, \"missing\": \"MOVE\", "
					+ "\"moveToGroupId\": " + alumni + "}}")
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.sync.moveToGroupId").isEqualTo(alumni);
		api.get().uri("/api/v1/imports/" + id + "/left-out").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.accounts[*].email").isEqualTo(List.of(email("hal"), email("ida"), email("jon")))
			.jsonPath("$.accounts[0].what").isEqualTo("Will be moved to another group")
			.jsonPath("$.affected").isEqualTo(3)
			.jsonPath("$.brakeEngaged").isEqualTo(true)
			.jsonPath("$.brake").value(String.class, brake -> assertThat(brake).startsWith(
					"3 of 10 accounts of the group (30 %) would be moved to another group; the limit is 10 %."));
	}

	@Test
	void aTargetGroupMustBeAnotherOfTheCallersGroups() {
		long foreign = directory.createGroup(school.id(), "Class 9Z").id();
		UUID id = drafts.upload(admin, "sync.csv", rows(List.of(pupilLine("Ann"))).getBytes(StandardCharsets.UTF_8),
				null, null, null).id();

		for (Long target : new Long[] { null, classGroup, foreign }) {
			assertThatThrownBy(() -> drafts.setOptions(admin, id, options(SyncOption.Missing.MOVE, target)))
				.isInstanceOfSatisfying(ImportRejected.class, ex -> assertThat(ex.fieldErrors(messages, Locale.ENGLISH))
					.containsOnlyKeys("sync.moveToGroupId"));
		}
	}

	@Test
	void undoingASyncPutsTheAccountsItSuspendedOrMovedBackWhereTheyWere() {
		UUID suspending = sync(admin, rows(PUPILS.stream().filter(name -> !name.equals("Ben")).map(this::pupilLine)
			.toList()), SyncOption.Missing.SUSPEND, null);
		queue.start(admin, suspending);
		ImportWait.untilCompleted(jdbc, suspending);
		UUID moving = sync(admin, rows(PUPILS.stream().filter(name -> !name.equals("Cem")).map(this::pupilLine)
			.toList()), SyncOption.Missing.MOVE, alumni);
		queue.start(admin, moving);
		ImportWait.untilCompleted(jdbc, moving);
		assertThat(status("ben")).isEqualTo("SUSPENDED");
		assertThat(directory.findByEmail(email("cem")).orElseThrow().groupId()).isEqualTo(alumni);

		UndoPlan movedBack = undo.plan(admin, moving);
		assertThat(List.of(movedBack.accountsToMoveBack(), movedBack.accountsToReactivate())).containsExactly(1, 0);
		undoAndWait(moving);
		UndoPlan reactivated = undo.plan(admin, suspending);
		assertThat(List.of(reactivated.accountsToReactivate(), reactivated.accountsToMoveBack())).containsExactly(1, 0);
		undoAndWait(suspending);

		assertThat(directory.findByEmail(email("cem")).orElseThrow().groupId()).isEqualTo(classGroup);
		assertThat(status("ben")).isEqualTo("ACTIVE");
		assertThat(directory.findByEmail(email("ben")).orElseThrow().groupId()).isEqualTo(classGroup);
	}

	@Test
	void anAccountPromotedBetweenTheStartAndTheRunIsLeftAsItIs() {
		UUID id = sync(admin, rows(PUPILS.stream().filter(name -> !name.equals("Ben")).map(this::pupilLine).toList()),
				SyncOption.Missing.SUSPEND, null);

		// The job sees the import only once this commits, and with it Ben as an Administrator.
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			queue.start(admin, id);
			jdbc.sql("UPDATE users SET role = 'ADMIN' WHERE email_key = :email").param("email", email("ben")).update();
		});
		ImportWait.untilCompleted(jdbc, id);

		assertThat(status("ben")).isEqualTo("ACTIVE");
		assertThat(jdbc.sql("SELECT outcome FROM import_row WHERE import_id = :id AND action = 'SUSPEND'")
			.param("id", id).query(String.class).single()).isEqualTo("SKIPPED");
		assertThat(reports.summary(admin, id).suspended()).isZero();
	}

	private void undoAndWait(UUID id) {
		undo.start(admin, id);
		await().atMost(Duration.ofSeconds(60)).until(() -> undo.summary(admin, id).map(UndoSummary::status)
			.orElse(null) == ImportStatus.COMPLETED);
	}

	private UUID sync(SignedInUser actor, String file, SyncOption.Missing missing, Long moveTo) {
		UUID id = drafts.upload(actor, "sync-" + run + ".csv", file.getBytes(StandardCharsets.UTF_8), null, null, null)
			.id();
		drafts.map(actor, id, new ColumnMapping("Name", null, null, "Email", null, null), PASSWORD);
		drafts.setOptions(actor, id, options(missing, moveTo));
		return id;
	}

	private ImportOptions options(SyncOption.Missing missing, Long moveTo) {
		return new ImportOptions(classGroup, null, false, false, false, List.of(), null,
				new SyncOption(true, missing, moveTo));
	}

	private static String rows(List<String> lines) {
		return "Name,Email\n" + String.join("", lines);
	}

	private String pupilLine(String name) {
		return line(name + " Pupil", name.toLowerCase(Locale.ROOT));
	}

	private String line(String name, String who) {
		return name + "," + email(who) + "\n";
	}

	private String email(String who) {
		return who + "." + run + "@sync.test";
	}

	private String status(String who) {
		return jdbc.sql("SELECT status FROM users WHERE email_key = :email").param("email", email(who))
			.query(String.class).single();
	}

	private SignedInUser person(String who, String name, Role role, long group) {
		directory.createUser(new NewUser(school.id(), PersonName.full(name), email(who), role, group, Set.of(), PASSWORD));
		return (SignedInUser) users.loadUserByUsername(email(who));
	}

	private MimeMessage completionMail() {
		return await().atMost(Duration.ofSeconds(30)).until(() -> List.of(smtp.getReceivedMessages()).stream()
			.filter(message -> GreenMailUtil.getBody(message).contains("sync-" + run + ".csv"))
			.findFirst().orElse(null), Objects::nonNull);
	}

}
