package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import io.muster.directory.BulkChange;
import io.muster.directory.SignedInUser;
import io.muster.directory.UserManagement;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.ImportWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Undoing an import on the real job engine, through the API and the pages: what it deletes, what it
 * gives back, what it keeps and why, and that it happens once.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class UndoIntegrationTests {

	private static final String FIRST_PASSWORD = "Undo-First-Pass-2026";

	private static final String SECOND_PASSWORD = "Undo-Second-Pass-2026";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ImportDrafts drafts;

	@Autowired
	ImportQueue queue;

	@Autowired
	UserManagement userManagement;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Undos undos;

	@Autowired
	ImportJobs jobs;

	@Autowired
	UndoRunner runner;

	@Autowired
	TransactionTemplate transaction;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void deletesTheUntouchedAccountsAndKeepsOneSignedInToAndOneChangedSayingWhy() throws Exception {
		SignedInUser sysadmin = person(Api.SYSADMIN);
		UUID id = importFile(sysadmin, "Class 7A", false, false, FIRST_PASSWORD, "ann", "ben", "cat", "dan", "eve");
		assertThat(signIn("ann", FIRST_PASSWORD)).isEqualTo(200);
		userManagement.bulk(person(Api.ADMIN), new BulkChange(List.of(userId("ben")), BulkChange.Action.ADD_TAG, "choir",
				null));
		assertThat(page("/imports/" + id, sysadmin)).contains("Undo this import");

		JsonNode plan = json(mvc.perform(post("/api/v1/imports/" + id + "/undo?dryRun=true").with(user(sysadmin)))
			.andReturn(), 200);
		assertThat(plan.get("accountsToDelete").asInt()).isEqualTo(3);
		assertThat(plan.get("keptByReason").get("SIGNED_IN_SINCE").asInt()).isEqualTo(1);
		assertThat(plan.get("keptByReason").get("CHANGED_SINCE").asInt()).isEqualTo(1);
		assertThat(plan.get("kept").findValuesAsString("email")).containsExactly(email("ann"), email("ben"));
		assertThat(plan.get("kept").get(0).get("reason").asString())
			.isEqualTo("Someone has signed in to the account since the import.");
		assertThat(existing("ann", "ben", "cat", "dan", "eve")).as("a dry run changes nothing").hasSize(5);
		assertThat(page("/imports/" + id + "/undo", sysadmin)).contains("3 accounts the import created will be deleted.",
				"1 account stays as it is: Someone has signed in", email("ann"),
				"Someone has changed the account since the import.");

		assertThat(mvc.perform(post("/api/v1/imports/" + id + "/undo").with(user(sysadmin))).andReturn().getResponse()
			.getStatus()).isEqualTo(202);
		untilUndone(id);

		assertThat(existing("ann", "ben", "cat", "dan", "eve")).containsExactly(email("ann"), email("ben"));
		JsonNode report = json(mvc.perform(get("/api/v1/imports/" + id + "/undo").with(user(sysadmin))).andReturn(), 200);
		assertThat(report.get("undo").get("deleted").asInt()).isEqualTo(3);
		assertThat(report.get("undo").get("kept").asInt()).isEqualTo(2);
		assertThat(report.get("accounts").findValuesAsString("outcome")).containsExactly("KEPT", "KEPT", "DELETED",
				"DELETED", "DELETED");
		assertThat(mvc.perform(get("/imports/" + id + "/undo.csv").with(user(sysadmin))).andReturn().getResponse()
			.getContentAsString()).contains("\"" + email("cat") + "\",DELETED,\"\"",
					"\"" + email("ben") + "\",KEPT,\"Someone has changed the account since the import.\"");
		assertThat(page("/imports/" + id + "/undo", sysadmin)).contains("Undone", "accounts deleted", email("ann"));
		MvcResult progress = mvc.perform(get("/imports/" + id + "/undo/progress").header("HX-Request", "true")
			.with(user(sysadmin))).andReturn();
		assertThat(progress.getResponse().getHeader("HX-Refresh")).as("the finished undo reloads its page").isEqualTo("true");
		assertThat(progress.getResponse().getContentAsString()).contains("5 of 5 accounts done");

		MvcResult again = mvc.perform(post("/api/v1/imports/" + id + "/undo").with(user(sysadmin))).andReturn();
		assertThat(json(again, 409).get("detail").asString()).startsWith("This import was undone already");
		assertThat(page("/imports/" + id, sysadmin)).contains("This import was undone.").doesNotContain("Undo this import");
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM audit_event WHERE reference = :id AND action IN ('import.UNDO_STARTED', 'import.UNDONE')")
			.param("id", id.toString()).query(Integer.class).single() == 2);
	}

	@Test
	void theApiDocumentDescribesTheUndo() throws Exception {
		assertThat(page("/v3/api-docs", person(Api.SYSADMIN))).contains("/api/v1/imports/{id}/undo",
				"Undo a finished import, once; with dryRun=true only say what it would do");
	}

	@Test
	void givesBackThePasswordsAndTagsAnImportReplaced() throws Exception {
		SignedInUser sysadmin = person(Api.SYSADMIN);
		importFile(sysadmin, "Class 7A", false, false, FIRST_PASSWORD, "fay", "gus");
		UUID update = importFile(sysadmin, "Class 7A", true, true, SECOND_PASSWORD, "fay", "gus");
		assertThat(tags("fay")).containsExactly("term-" + run + "-2");
		byte[] kept = jdbc.sql("SELECT previous_password FROM import_row WHERE import_id = :id AND email = :email")
			.param("id", update).param("email", email("fay")).query(byte[].class).single();
		assertThat(new String(kept, StandardCharsets.ISO_8859_1)).as("the replaced hash is kept encrypted")
			.doesNotContain("argon2");

		assertThat(mvc.perform(post("/api/v1/imports/" + update + "/undo").with(user(sysadmin))).andReturn()
			.getResponse().getStatus()).isEqualTo(202);
		untilUndone(update);

		assertThat(signIn("fay", FIRST_PASSWORD)).as("the old password").isEqualTo(200);
		assertThat(signIn("fay", SECOND_PASSWORD)).as("the import's password").isEqualTo(401);
		assertThat(signIn("gus", FIRST_PASSWORD)).isEqualTo(200);
		assertThat(tags("fay")).containsExactly("term-" + run + "-1");
		assertThat(undos.find(update).orElseThrow().restored()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM import_row WHERE import_id = :id AND previous_password IS NOT NULL")
			.param("id", update).query(Integer.class).single()).as("old hashes forgotten once given back").isZero();
	}

	@Test
	void anAdministratorUndoesOnlyTheirOwnImportsAndWithinTheirRankWhenTheUndoRuns() throws Exception {
		SignedInUser admin = person(Api.ADMIN);
		SignedInUser sysadmin = person(Api.SYSADMIN);
		UUID theirs = importFile(sysadmin, "Class 7B", false, false, FIRST_PASSWORD, "jo");
		assertThat(mvc.perform(post("/api/v1/imports/" + theirs + "/undo?dryRun=true").with(user(admin))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);

		UUID own = importFile(admin, "Class 7B", false, false, FIRST_PASSWORD, "hal", "ivy");
		assertThat(json(mvc.perform(post("/api/v1/imports/" + own + "/undo?dryRun=true").with(user(admin))).andReturn(),
				200).get("accountsToDelete").asInt()).isEqualTo(2);
		long class7b = DemoGroups.id(jdbc, "Class 7B");
		jdbc.sql("DELETE FROM group_admin WHERE user_id = :admin AND group_id = :group").param("admin", admin.id())
			.param("group", class7b).update();
		try {
			mvc.perform(post("/api/v1/imports/" + own + "/undo").with(user(admin)));
			untilUndone(own);
		}
		finally {
			jdbc.sql("INSERT INTO group_admin (user_id, group_id) VALUES (:admin, :group)").param("admin", admin.id())
				.param("group", class7b).update();
		}

		assertThat(existing("hal", "ivy")).hasSize(2);
		assertThat(undos.results(own)).extracting(Undos.UndoResult::reasons)
			.allSatisfy(reasons -> assertThat(reasons.get(0).code()).isEqualTo("undo.kept.OUT_OF_REACH"));
	}

	@Test
	void anUndoRunAgainAfterAPartialRunDoesNothingTwice() {
		SignedInUser sysadmin = person(Api.SYSADMIN);
		UUID id = importFile(sysadmin, "Class 7A", false, false, FIRST_PASSWORD, "kim", "lou", "max", "ned");
		ImportJob job = jobs.find(id).orElseThrow();
		undos.insert(id, sysadmin.id(), 4);
		transaction.execute(status -> runner.applyNext(job, sysadmin.id(), 1));
		assertThat(existing("kim", "lou", "max", "ned")).hasSize(3);

		runner.run(id);
		jdbc.sql("UPDATE import_undo SET status = 'RUNNING' WHERE import_id = :id").param("id", id).update();
		runner.run(id);

		UndoSummary undo = undos.find(id).orElseThrow();
		assertThat(undo.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(undo.processed()).isEqualTo(4);
		assertThat(undo.deleted()).isEqualTo(4);
		assertThat(existing("kim", "lou", "max", "ned")).isEmpty();
	}

	private UUID importFile(SignedInUser actor, String group, boolean updatePasswords, boolean updateTags,
			String password, String... names) {
		String term = "term-" + run + "-" + (updateTags ? 2 : 1);
		StringBuilder csv = new StringBuilder("Name,Email,Tags\n");
		for (String name : names) {
			csv.append(name).append(" Undo,").append(email(name)).append(',').append(term).append('\n');
		}
		UUID id = drafts.upload(actor, "undo-" + run + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8), null,
				null, null).id();
		drafts.map(actor, id, new ColumnMapping("Name", null, null, "Email", "Tags", null), password);
		drafts.setOptions(actor, id, new ImportOptions(DemoGroups.id(jdbc, group), null, updatePasswords, updateTags,
				false, List.of(), false));
		queue.start(actor, id);
		ImportWait.untilCompleted(jdbc, id);
		return id;
	}

	private void untilUndone(UUID id) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> undos.find(id).map(UndoSummary::status).orElse(null) == ImportStatus.COMPLETED);
	}

	private String email(String name) {
		return name + "-" + run + "@example.org";
	}

	private long userId(String name) {
		return jdbc.sql("SELECT id FROM users WHERE email_key = :key").param("key", email(name)).query(Long.class)
			.single();
	}

	private List<String> existing(String... names) {
		return jdbc.sql("SELECT email FROM users WHERE email_key IN (:keys) ORDER BY email")
			.param("keys", java.util.Arrays.stream(names).map(this::email).toList())
			.query(String.class)
			.list();
	}

	private List<String> tags(String name) {
		return jdbc.sql("SELECT tag FROM user_tag WHERE user_id = :id ORDER BY tag").param("id", userId(name))
			.query(String.class).list();
	}

	private int signIn(String name, String password) throws Exception {
		return mvc.perform(get("/api/v1/me").with(httpBasic(email(name), password))).andReturn().getResponse()
			.getStatus();
	}

	private SignedInUser person(String email) {
		return (SignedInUser) users.loadUserByUsername(email);
	}

	private String page(String path, SignedInUser person) throws Exception {
		return mvc.perform(get(path).with(user(person))).andReturn().getResponse().getContentAsString();
	}

	private static JsonNode json(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
