package io.muster.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.muster.demo.google.GoogleEmulator;
import io.muster.directory.DirectoryService;
import io.muster.directory.UserSummary;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.ImportWait;
import io.muster.support.LocalServers;
import io.muster.support.WebSession;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checking a Classroom import for new students and keeping classes in step every day, against the
 * Google emulator whose rosters change between two reads: a student accepts an invitation, another
 * joins. The daily check runs as the real job of the job engine, moved to now.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "muster.demo.password=" + Api.DEMO_PASSWORD, "muster.google.retry-delay=5ms" })
class ClassroomResyncIntegrationTests {

	private static final String PUPILS = FirstImport.PUPILS;

	private static final String BIOLOGY = "700000000001";

	private static final String MATHS = "700000000002";

	private static final String PASSWORD = FirstImport.PASSWORD;

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(LocalServers.smtp()).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		LocalServers.sendMailTo(registry, () -> smtp.getSmtp().getPort());
	}

	@LocalServerPort
	int port;

	@Autowired
	GoogleEmulator google;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryService directory;

	@Autowired
	SchedulerClient scheduler;

	@Autowired
	DailySyncTask dailySync;

	private final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void forgetConnections() {
		FirstImport.forget(jdbc, google);
	}

	@Test
	void anInvitedStudentWhoJoinsIsImportedByTheNextCheckAndShownAsNew() {
		connect();
		String first = FirstImport.of(port, jdbc, google, BIOLOGY);
		google.acceptInvitation("leo.fischer" + PUPILS);
		google.enrol(BIOLOGY, "明", "李", "李明", "li.ming" + PUPILS);

		Api.as(port, Api.ADMIN).post().uri("/api/v1/imports/" + first + "/resync").body(Map.of()).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("defaultPassword")
			.jsonPath("$.detail").value(detail -> assertThat(detail.toString())
				.contains("Type the default password again"));
		JsonNode draft = json.readTree(Api.as(port, Api.ADMIN).post().uri("/api/v1/imports/" + first + "/resync")
			.body(Map.of("defaultPassword", PASSWORD)).exchange().expectStatus().isCreated()
			.returnResult(String.class).getResponseBody());
		String second = draft.path("id").asString();
		assertThat(draft.path("previousImport").asString()).isEqualTo(first);
		assertThat(draft.path("leftOut").asInt()).as("the class's students imported the first time").isEqualTo(8);

		JsonNode rows = rows(second);
		assertThat(rows.valueStream().map(row -> row.path("email").asString())).containsExactlyInAnyOrder(
				"leo.fischer" + PUPILS, "sofia.rossi" + PUPILS, "li.ming" + PUPILS);
		assertThat(row(rows, "leo.fischer" + PUPILS).path("valid").asBoolean()).isTrue();
		assertThat(row(rows, "li.ming" + PUPILS).path("name").asString()).isEqualTo("李明");
		assertThat(row(rows, "sofia.rossi" + PUPILS).path("valid").asBoolean()).isFalse();
		assertThat(List.of("leo.fischer", "li.ming", "sofia.rossi").stream()
			.map(pupil -> row(rows, pupil + PUPILS).path("sincePrevious").asString()))
			.containsExactly("ACCEPTED", "NEW", "STILL_REFUSED");

		WebSession admin = new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD);
		assertThat(admin.get("/v3/api-docs").body()).contains("/api/v1/imports/{id}/resync", "/api/v1/classroom/schedules");
		String verify = admin.get("/imports/" + second + "/verify").body();
		assertThat(WebSession.unescape(verify)).containsPattern("Leo Fischer[^✓✗]*Joined since the last import")
			.containsPattern("李明[^✓✗]*New since the last import")
			.containsPattern("Sofía Rossi[^✓✗]*Still only invited")
			.containsPattern("id=\"count-left-out\">8<");

		Api.as(port, Api.ADMIN).post().uri("/api/v1/imports/" + second + "/start").exchange().expectStatus().isAccepted();
		ImportWait.untilCompleted(jdbc, second);
		assertThat(directory.findByEmail("leo.fischer" + PUPILS)).isPresent();
		UserSummary ming = directory.findByEmail("li.ming" + PUPILS).orElseThrow();
		assertThat(List.of(ming.fullName(), ming.firstName(), ming.lastName())).containsExactly("李明", "明", "李");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT subject FROM audit_event WHERE action = 'classroom.RESYNCED'").query(String.class).list())
			.contains("Google Classroom: 7A Biology (Class 7A)"));
	}

	@Test
	void aCheckByAnotherAdministratorOrOfAFileIsRefused() {
		connect();
		String first = FirstImport.of(port, jdbc, google, MATHS);
		Api.as(port, Api.SYSADMIN).post().uri("/api/v1/imports/" + first + "/resync")
			.body(Map.of("defaultPassword", PASSWORD)).exchange().expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
				.contains("Authorize the Google Classroom integration first"));
		Api.as(port, Api.HILLSIDE_SYSADMIN).post().uri("/api/v1/imports/" + first + "/resync")
			.body(Map.of("defaultPassword", PASSWORD)).exchange().expectStatus().isNotFound();
	}

	@Test
	void theDailyCheckRunsWhenItsTimeComesAndMailsOnlyWhenSomethingChanged() {
		connect();
		String first = FirstImport.of(port, jdbc, google, MATHS);
		JsonNode schedule = switchOn(first, "07:30", "Europe/Berlin");
		UUID id = UUID.fromString(schedule.path("id").asString());
		assertThat(Instant.parse(schedule.path("nextRun").asString())).isEqualTo(next(LocalTime.of(7, 30), "Europe/Berlin"));
		int mails = completionMails();

		Instant ran = moveToNow(id);
		assertThat(outcome(id)).isEqualTo("NOTHING_NEW");
		assertThat(completionMails()).as("no mail on a day without news").isEqualTo(mails);
		assertThat(nextRun(id)).as("again tomorrow at 07:30 in Berlin").isEqualTo(next(LocalTime.of(7, 30), "Europe/Berlin"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM import_job WHERE previous_import = :first").param("first",
				UUID.fromString(first)).query(Long.class).single()).as("a day without news leaves no import").isZero();

		String newcomer = "otto.ost." + UUID.randomUUID() + PUPILS;
		google.enrol(MATHS, "Otto", "Ost", "Otto Ost", newcomer);
		moveToNow(id);
		assertThat(outcome(id)).isEqualTo("IMPORTED");
		String second = jdbc.sql("SELECT last_import FROM classroom_schedule WHERE id = :id").param("id", id)
			.query(String.class).single();
		ImportWait.untilCompleted(jdbc, second);
		assertThat(directory.findByEmail(newcomer)).isPresent();
		assertThat(completionMails()).isEqualTo(mails + 1);
		assertThat(ran).isNotNull();

		moveToNow(id);
		assertThat(outcome(id)).as("the next day follows the import that brought Otto").isEqualTo("NOTHING_NEW");
		assertThat(completionMails()).isEqualTo(mails + 1);
		assertThat(new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD).get("/imports/" + second + "/resync").body())
			.contains("Leave empty to use the default password kept for the daily check of these classes");
		Api.as(port, Api.ADMIN).post().uri("/api/v1/imports/" + second + "/resync").exchange().expectStatus()
			.isCreated();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT COUNT(*) FROM audit_event WHERE action IN ('classroom.SCHEDULED', 'classroom.SYNCED')")
			.query(Long.class).single()).isGreaterThanOrEqualTo(4));
	}

	@Test
	void aRevokedGrantStopsTheDailyCheckWithExactlyOneEmail() {
		connect();
		String first = FirstImport.of(port, jdbc, google, BIOLOGY);
		UUID id = UUID.fromString(switchOn(first, "06:15", "America/New_York").path("id").asString());

		google.revokeAll();
		moveToNow(id);

		assertThat(outcome(id)).isEqualTo("AUTHORIZATION_LOST");
		assertThat(reconnectMails()).isEqualTo(1);
		assertThat(scheduler.getScheduledExecution(TaskInstanceId.of(DailySyncTask.TASK, id.toString()))).isEmpty();
		assertThat(dailySync.run(id)).as("a second run, had one started, stops at once").isFalse();
		assertThat(reconnectMailText()).contains("authorize the Google Classroom integration again",
				"Google Classroom: 7A Biology");
		Api.as(port, Api.ADMIN).get().uri("/api/v1/classroom/schedules").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[0].active").isEqualTo(false).jsonPath("$[0].lastOutcome").isEqualTo("AUTHORIZATION_LOST");
		Api.as(port, Api.ADMIN).delete().uri("/api/v1/classroom/schedules/" + id).exchange().expectStatus().isNoContent();
		Api.as(port, Api.ADMIN).get().uri("/api/v1/classroom/schedules").exchange().expectBody().jsonPath("$.length()")
			.isEqualTo(0);
		assertThat(reconnectMails()).isEqualTo(1);
	}

	@Test
	void anAdministratorWhoNoLongerManagesTheGroupChecksNothingIntoIt() {
		connect();
		String first = FirstImport.of(port, jdbc, google, MATHS);
		UUID id = UUID.fromString(switchOn(first, "07:30", "Europe/Berlin").path("id").asString());
		google.enrol(MATHS, "Greta", "Grau", "Greta Grau", "greta.grau." + UUID.randomUUID() + PUPILS);
		long admin = directory.findByEmail(Api.ADMIN).orElseThrow().id();
		long class7a = DemoGroups.id(jdbc, "Class 7A");
		long imports = jdbc.sql("SELECT COUNT(*) FROM import_job").query(Long.class).single();
		jdbc.sql("DELETE FROM group_admin WHERE user_id = :user AND group_id = :group").param("user", admin)
			.param("group", class7a).update();
		try {
			Api.as(port, Api.ADMIN).post().uri("/api/v1/imports/" + first + "/resync")
				.body(Map.of("defaultPassword", PASSWORD)).exchange().expectStatus().is4xxClientError()
				.expectBody().jsonPath("$.detail").isNotEmpty();
			moveToNow(id);
			assertThat(outcome(id)).isEqualTo("REFUSED");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM import_job").query(Long.class).single()).isEqualTo(imports);
		}
		finally {
			jdbc.sql("INSERT INTO group_admin (user_id, group_id) VALUES (:user, :group)").param("user", admin)
				.param("group", class7a).update();
		}
	}

	@Test
	void aScheduleWithABadTimeOrPasswordIsRefusedNextToItsField() {
		connect();
		String first = FirstImport.of(port, jdbc, google, MATHS);
		scheduleRefused(Map.of("importId", first, "time", "25:99", "zone", "Europe/Berlin", "defaultPassword", PASSWORD),
				"time");
		scheduleRefused(Map.of("importId", first, "time", "07:30", "zone", "Mars/Olympus", "defaultPassword", PASSWORD),
				"zone");
		scheduleRefused(Map.of("importId", first, "time", "07:30", "zone", "Europe/Berlin", "defaultPassword", "short"),
				"defaultPassword");
		WebSession admin = new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD);
		String page = admin.submit(admin.open("/imports/new/classroom"), "/classroom/schedules", Map.of("importId",
				List.of(first), "time", List.of("25:99"), "zone", List.of("Europe/Berlin"), "defaultPassword",
				List.of(PASSWORD))).body();
		assertThat(page).containsPattern("id=\"time-error\"[^>]*>Type a time of day such as 07:30.<")
			.containsPattern("<option value=\"Europe/Berlin\" selected=\"selected\">");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM classroom_schedule").query(Long.class).single()).isZero();
	}

	private void scheduleRefused(Map<String, Object> body, String field) {
		Api.as(port, Api.ADMIN).post().uri("/api/v1/classroom/schedules").body(body).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo(field);
	}

	private void connect() {
		new WebSession(port).signIn(Api.ADMIN, Api.DEMO_PASSWORD).authorizeClassroom(Api.ADMIN, List.of(), "allow");
	}

	private JsonNode switchOn(String importId, String time, String zone) {
		return json.readTree(Api.as(port, Api.ADMIN).post().uri("/api/v1/classroom/schedules")
			.body(Map.of("importId", importId, "time", time, "zone", zone, "defaultPassword", PASSWORD)).exchange()
			.expectStatus().isCreated().returnResult(String.class).getResponseBody());
	}

	/**
	 * Moves the daily job's time to now, as if the clock had reached it, and waits until the job
	 * engine has run it.
	 */
	private Instant moveToNow(UUID id) {
		Instant before = lastRun(id);
		scheduler.reschedule(TaskInstanceId.of(DailySyncTask.TASK, id.toString()), Instant.now());
		await().atMost(Duration.ofSeconds(30)).until(() -> lastRun(id) != null && !lastRun(id).equals(before));
		return lastRun(id);
	}

	private Instant lastRun(UUID id) {
		return jdbc.sql("SELECT last_run_at FROM classroom_schedule WHERE id = :id").param("id", id)
			.query(java.time.OffsetDateTime.class).optional().map(java.time.OffsetDateTime::toInstant).orElse(null);
	}

	private String outcome(UUID id) {
		return jdbc.sql("SELECT last_outcome FROM classroom_schedule WHERE id = :id").param("id", id)
			.query(String.class).single();
	}

	private Instant nextRun(UUID id) {
		await().atMost(Duration.ofSeconds(10)).until(() -> scheduler
			.getScheduledExecution(TaskInstanceId.of(DailySyncTask.TASK, id.toString()))
			.filter(execution -> !execution.isPicked()).isPresent());
		return scheduler.getScheduledExecution(TaskInstanceId.of(DailySyncTask.TASK, id.toString())).orElseThrow()
			.getExecutionTime();
	}

	private static Instant next(LocalTime time, String zone) {
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of(zone));
		ZonedDateTime today = ZonedDateTime.of(LocalDate.now(ZoneId.of(zone)), time, ZoneId.of(zone));
		return (today.isAfter(now) ? today : today.plusDays(1)).toInstant();
	}

	private JsonNode rows(String id) {
		return json.readTree(Api.as(port, Api.ADMIN).get().uri("/api/v1/imports/" + id + "/rows").exchange()
			.expectStatus().isOk().returnResult(String.class).getResponseBody());
	}

	private static JsonNode row(JsonNode rows, String email) {
		return rows.valueStream().filter(row -> email.equals(row.path("email").asString())).findFirst().orElseThrow();
	}

	/**
	 * The completion mails written so far: each is written to the outbox in the transaction that
	 * ends its import, so the count is exact the moment a run is over.
	 */
	private int completionMails() {
		return outbox("Your import from Google Classroom%");
	}

	private int reconnectMails() {
		return outbox("Authorize Google Classroom again%");
	}

	private int outbox(String subject) {
		return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :admin AND subject LIKE :subject")
			.param("admin", Api.ADMIN).param("subject", subject).query(Integer.class).single();
	}

	/** The reconnect mail as it arrived over SMTP, its quoted-printable soft line breaks joined. */
	private static String reconnectMailText() {
		await().atMost(Duration.ofSeconds(20)).until(() -> List.of(smtp.getReceivedMessages()).stream()
			.anyMatch(message -> subject(message).startsWith("Authorize Google Classroom again")));
		MimeMessage mail = List.of(smtp.getReceivedMessages()).stream()
			.filter(message -> subject(message).startsWith("Authorize Google Classroom again")).findFirst().orElseThrow();
		return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=\n", "");
	}

	private static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
