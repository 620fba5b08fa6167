package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Rank;
import io.muster.directory.Role;
import io.muster.directory.SignedInUser;
import io.muster.importing.ColumnMapping;
import io.muster.importing.ImportOptions;
import io.muster.importing.ImportDrafts;
import io.muster.importing.ImportQueue;
import io.muster.importing.MissingAccount;
import io.muster.importing.SyncOption;
import io.muster.importing.RowVerdict;
import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.ImportWait;

/**
 * Who may change whom, tried on every path that changes another person's account: each actor
 * against a plain User, an Administrator and a System Administrator, all of one group ("Rank A").
 *
 * <p>"ok" means the change was made (or, for an import, the row would make it); "403" that the
 * account outranks the actor; "404" that it is out of their reach (an import says the address is
 * taken or not theirs); "400" that the form refused the group. Every page or API route that
 * changes something is either in the table or named, with the reason, as changing no other
 * person's account, or the test fails.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class RankMatrixIntegrationTests {

	private static final String MATRIX = """
			# path                                  actor          user   admin  sysadmin
			PATCH /api/v1/users/{user}              admin-of-group ok     403    403
			PATCH /api/v1/users/{user}              admin-of-other 404    404    404
			PATCH /api/v1/users/{user}              sysadmin       ok     ok     ok
			PATCH /api/v1/users/{user}              other-org      404    404    404
			DELETE /api/v1/users/{user}             admin-of-group ok     403    403
			DELETE /api/v1/users/{user}             admin-of-other 404    404    404
			DELETE /api/v1/users/{user}             sysadmin       ok     ok     ok
			DELETE /api/v1/users/{user}             other-org      404    404    404
			POST /api/v1/users/{user}/password-reset admin-of-group ok    403    403
			POST /api/v1/users/{user}/password-reset admin-of-other 404   404    404
			POST /api/v1/users/{user}/password-reset sysadmin      ok     ok     ok
			POST /api/v1/users/{user}/password-reset other-org     404    404    404
			POST /api/v1/users/bulk                 admin-of-group ok     403    403
			POST /api/v1/users/bulk                 admin-of-other 404    404    404
			POST /api/v1/users/bulk                 sysadmin       ok     ok     ok
			POST /api/v1/users/bulk                 other-org      404    404    404
			POST /api/v1/users                      admin-of-group ok     403    403
			POST /api/v1/users                      admin-of-other 400    403    403
			POST /api/v1/users                      sysadmin       ok     ok     ok
			POST /api/v1/users                      other-org      400    400    400
			POST /users/{user}                      admin-of-group ok     403    403
			POST /users/{user}                      admin-of-other 404    404    404
			POST /users/{user}                      sysadmin       ok     ok     ok
			POST /users/{user}                      other-org      404    404    404
			POST /users/{user}/status               admin-of-group ok     403    403
			POST /users/{user}/status               admin-of-other 404    404    404
			POST /users/{user}/status               sysadmin       ok     ok     ok
			POST /users/{user}/status               other-org      404    404    404
			POST /users/{user}/password-reset       admin-of-group ok     403    403
			POST /users/{user}/password-reset       admin-of-other 404    404    404
			POST /users/{user}/password-reset       sysadmin       ok     ok     ok
			POST /users/{user}/password-reset       other-org      404    404    404
			POST /users/{user}/delete               admin-of-group ok     403    403
			POST /users/{user}/delete               admin-of-other 404    404    404
			POST /users/{user}/delete               sysadmin       ok     ok     ok
			POST /users/{user}/delete               other-org      404    404    404
			POST /users/bulk                        admin-of-group ok     403    403
			POST /users/bulk                        admin-of-other 404    404    404
			POST /users/bulk                        sysadmin       ok     ok     ok
			POST /users/bulk                        other-org      404    404    404
			POST /users                             admin-of-group ok     403    403
			POST /users                             admin-of-other 400    403    403
			POST /users                             sysadmin       ok     ok     ok
			POST /users                             other-org      400    400    400
			BULK reset-passwords                    admin-of-group ok     403    403
			BULK reset-passwords                    admin-of-other 404    404    404
			BULK reset-passwords                    sysadmin       ok     ok     ok
			BULK reset-passwords                    other-org      404    404    404
			IMPORT update-passwords                 admin-of-group ok     403    403
			IMPORT update-passwords                 admin-of-other 404    404    404
			IMPORT update-passwords                 sysadmin       ok     ok     ok
			IMPORT update-passwords                 other-org      404    404    404
			IMPORT update-tags                      admin-of-group ok     403    403
			IMPORT update-tags                      admin-of-other 404    404    404
			IMPORT update-tags                      sysadmin       ok     ok     ok
			IMPORT update-tags                      other-org      404    404    404
			IMPORT create-as-role                   admin-of-group ok     403    403
			IMPORT create-as-role                   admin-of-other 403    403    403
			IMPORT create-as-role                   sysadmin       ok     ok     ok
			IMPORT create-as-role                   other-org      404    404    404
			IMPORT whole-group-suspends             admin-of-group ok     403    403
			IMPORT whole-group-suspends             admin-of-other 404    404    404
			IMPORT whole-group-suspends             sysadmin       ok     ok     ok
			IMPORT whole-group-suspends             other-org      404    404    404
			# An account the actor's own import created, undone as it is now: deleted, or kept out of reach.
			UNDO import                             admin-of-group ok     kept   kept
			UNDO import                             admin-of-other kept   kept   kept
			UNDO import                             sysadmin       ok     ok     ok
			UNDO import                             other-org      kept   kept   kept
			""";

	/**
	 * Every other route that changes something, and why it changes no other person's account. A new
	 * route must go into the matrix or here, or the test fails.
	 */
	private static final Map<String, String> NOT_ANOTHER_ACCOUNT = Map.ofEntries(
			Map.entry("POST /account/email", "the signed-in person's own address"),
			Map.entry("POST /account/name", "the signed-in person's own name"),
			Map.entry("POST /account/password", "the signed-in person's own password"),
			Map.entry("POST /account/tokens", "the signed-in person's own API tokens"),
			Map.entry("POST /account/tokens/{id}/revoke", "the signed-in person's own API tokens"),
			Map.entry("POST " + SignedInUser.CHOOSE_PASSWORD_PAGE, "the signed-in person's own password"),
			Map.entry("POST /password/set", "the person holding a mailed link sets their own password"),
			Map.entry("PATCH /api/v1/me", "the signed-in person's own account"),
			Map.entry("POST /api/v1/me/email", "the signed-in person's own address"),
			Map.entry("POST /api/v1/me/password", "the signed-in person's own password"),
			Map.entry("POST /api/v1/me/tokens", "the signed-in person's own API tokens"),
			Map.entry("DELETE /api/v1/me/tokens/{id}", "the signed-in person's own API tokens"),
			Map.entry("POST /groups", "groups, not accounts (System Administrators only, in the access matrix)"),
			Map.entry("POST /groups/{id}", "groups, not accounts"),
			Map.entry("POST /groups/{id}/delete", "empty groups only"),
			Map.entry("POST /api/v1/groups", "groups, not accounts"),
			Map.entry("PATCH /api/v1/groups/{id}", "groups, not accounts"),
			Map.entry("DELETE /api/v1/groups/{id}", "empty groups only"),
			Map.entry("POST /organization", "the organization's settings (in the access matrix)"),
			Map.entry("PUT /api/v1/organization", "the organization's settings (in the access matrix)"),
			Map.entry("POST /classroom/disconnect", "the signed-in person's own Google grant"),
			Map.entry("DELETE /api/v1/classroom/connection", "the signed-in person's own Google grant"),
			Map.entry("POST /imports/new/csv", "a draft; accounts change only when it starts: the IMPORT rows"),
			Map.entry("POST /api/v1/imports", "a draft; accounts change only when it starts: the IMPORT rows"),
			Map.entry("POST /imports/new/classroom",
					"a draft whose rows the IMPORT rows' verification judges; Classroom never updates an account"),
			Map.entry("POST /api/v1/imports/classroom",
					"a draft whose rows the IMPORT rows' verification judges; Classroom never updates an account"),
			Map.entry("POST /imports/{id}/separator", "a draft's reading choices"),
			Map.entry("POST /imports/{id}/preview", "a draft's mapping and options: the IMPORT rows"),
			Map.entry("PUT /api/v1/imports/{id}/mapping", "a draft's mapping"),
			Map.entry("PUT /api/v1/imports/{id}/options", "a draft's options: the IMPORT rows"),
			Map.entry("POST /imports/{id}/rows/{row}", "a draft's row, verified as the IMPORT rows"),
			Map.entry("PATCH /api/v1/imports/{id}/rows/{row}", "a draft's row, verified as the IMPORT rows"),
			Map.entry("POST /imports/{id}/start", "verifies every row again as the IMPORT rows, then queues"),
			Map.entry("POST /api/v1/imports/{id}/start", "verifies every row again as the IMPORT rows, then queues"),
			Map.entry("POST /imports/{id}/cancel", "a draft or queued import of the person's own"),
			Map.entry("DELETE /api/v1/imports/{id}", "a draft or queued import of the person's own"),
			Map.entry("POST /imports/{id}/continue-earlier", "a draft of the person's own"),
			Map.entry("POST /imports/drafts/discard", "drafts of the person's own"),
			Map.entry("POST /imports/{id}/resync", "a new draft whose rows the IMPORT rows' verification judges"),
			Map.entry("POST /api/v1/imports/{id}/resync", "a new draft whose rows the IMPORT rows' verification judges"),
			Map.entry("POST /classroom/schedules", "a daily check whose drafts start through the IMPORT rows' verification"),
			Map.entry("POST /api/v1/classroom/schedules",
					"a daily check whose drafts start through the IMPORT rows' verification"),
			Map.entry("POST /classroom/schedules/{schedule}/stop", "a daily check of the person's own"),
			Map.entry("DELETE /api/v1/classroom/schedules/{schedule}", "a daily check of the person's own"),
			Map.entry("POST /imports/{id}/undo", "an undo, whose plan and job the UNDO rows judge"),
			Map.entry("POST /api/v1/imports/{id}/undo", "an undo, whose plan and job the UNDO rows judge"),
			Map.entry("POST /imports/{id}/cards", "downloads the cards of an import one may see, and forgets their passwords"),
			Map.entry("POST /cards/{set}", "downloads the cards of one's own bulk reset, and forgets their passwords"));

	private static final List<Role> TARGETS = List.of(Role.USER, Role.ADMIN, Role.SYSTEM_ADMIN);

	@Autowired
	private MessageSource messages;

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Autowired
	ImportDrafts drafts;

	@Autowired
	ImportQueue queue;

	@Autowired
	JdbcClient jdbc;

	private long school;

	private long groupA;

	private final Map<String, Long> groupOf = new LinkedHashMap<>();

	private final Map<String, String> emailOf = new LinkedHashMap<>();

	@BeforeEach
	void actors() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		school = organizations.findByName("Demo School").orElseThrow().id();
		long hillside = organizations.findByName("Hillside Academy").orElseThrow().id();
		groupA = directory.createGroup(school, "Rank A " + run).id();
		long groupB = directory.createGroup(school, "Rank B " + run).id();
		emailOf.put("admin-of-group", administrator(groupA, "rank.admin.a." + run + "@demo-school.test"));
		emailOf.put("admin-of-other", administrator(groupB, "rank.admin.b." + run + "@demo-school.test"));
		emailOf.put("sysadmin", Api.SYSADMIN);
		emailOf.put("other-org", Api.HILLSIDE_SYSADMIN);
		groupOf.put("admin-of-group", groupA);
		groupOf.put("admin-of-other", groupB);
		groupOf.put("sysadmin", groupA);
		groupOf.put("other-org", directory.createGroup(hillside, "Rank " + run).id());
	}

	@Test
	void everyPathThatChangesAnAccountFollowsOneRuleOfRank() throws Exception {
		Map<String, List<String>> expected = matrix();
		Set<String> routes = new TreeSet<>();
		expected.keySet().stream().map(key -> key.substring(0, key.lastIndexOf(' ')))
			.filter(path -> !path.startsWith("IMPORT") && !path.startsWith("UNDO")
				&& !path.startsWith("BULK")).forEach(routes::add);
		Set<String> classified = new TreeSet<>(routes);
		classified.addAll(NOT_ANOTHER_ACCOUNT.keySet());
		assertThat(classified).as("every route that changes something, in the matrix or said to change no other account")
			.isEqualTo(changingRoutes());
		List<String> table = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, List<String>> cell : expected.entrySet()) {
			String path = cell.getKey().substring(0, cell.getKey().lastIndexOf(' '));
			String actor = cell.getKey().substring(cell.getKey().lastIndexOf(' ') + 1);
			StringBuilder line = new StringBuilder(String.format("%-42s%-16s", path, actor));
			for (int t = 0; t < TARGETS.size(); t++) {
				String answer = outcome(path, actor, TARGETS.get(t));
				line.append(String.format("%-9s", answer));
				if (!answer.equals(cell.getValue().get(t))) {
					wrong.add(path + " by " + actor + " on " + TARGETS.get(t) + ": expected " + cell.getValue().get(t)
							+ ", got " + answer);
				}
			}
			table.add(line.toString());
		}
		System.out.println(String.format("%-42s%-16s%-9s%-9s%-9s", "path", "actor", "user", "admin", "sysadmin")
				+ "\n" + String.join("\n", table));
		assertThat(wrong).isEmpty();
	}

	@Test
	void anAdministratorsImportCannotSetASystemAdministratorsPassword() {
		SignedInUser admin = actor("admin-of-group");
		long target = target(Role.SYSTEM_ADMIN);
		String email = directory.findById(target).orElseThrow().email();
		String hashBefore = passwordHash(target);
		UUID id = drafts.upload(admin, "takeover.csv", ("Name,Email,Password\nNew Name," + email + ",Taken-Over-2026\n")
			.getBytes(StandardCharsets.UTF_8), null, null, null).id();
		drafts.map(admin, id, new ColumnMapping("Name", null, null, "Email", null, "Password"), null);
		drafts.setOptions(admin, id, new ImportOptions(groupA, null, true, true, false, List.of()));

		RowVerdict row = drafts.rows(admin, id).get(0);

		assertThat(row.valid()).isFalse();
		assertThat(row.reasons(messages, Locale.ENGLISH)).containsExactly(Rank.outranked(Role.SYSTEM_ADMIN).in(messages, Locale.ENGLISH));
		assertThat(row.reasons(messages, Locale.ENGLISH).get(0))
			.isEqualTo("This account belongs to a System Administrator; only a System Administrator can change it.");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> queue.start(admin, id))
			.hasMessageContaining("409");
		assertThat(passwordHash(target)).isEqualTo(hashBefore);
	}

	private String outcome(String path, String actor, Role targetRole) throws Exception {
		if (path.equals("IMPORT whole-group-suspends")) {
			return wholeGroupOutcome(actor, target(targetRole));
		}
		if (path.startsWith("IMPORT")) {
			return importOutcome(path, actor, targetRole);
		}
		if (path.startsWith("UNDO")) {
			return undoOutcome(actor, targetRole);
		}
		long target = target(targetRole);
		String[] parts = (path.startsWith("BULK") ? "POST /api/v1/users/bulk" : path).split(" ");
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]),
				parts[1].replace("{user}", String.valueOf(target))).with(csrf())
			.with(user(users.loadUserByUsername(emailOf.get(actor))));
		describe(request, path, target, targetRole);
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		if (status == 403 || status == 404 || status == 400) {
			return String.valueOf(status);
		}
		Object errors = result.getModelAndView() == null ? null : result.getModelAndView().getModel().get("errors");
		if (errors instanceof Map<?, ?> map && !map.isEmpty()) {
			return "400";
		}
		return status < 400 ? "ok" : String.valueOf(status);
	}

	/**
	 * The body or form of a change that would be accepted if the rank allowed it.
	 */
	private void describe(MockHttpServletRequestBuilder request, String path, long target, Role targetRole) {
		String version = String.valueOf(jdbc.sql("SELECT version FROM users WHERE id = :id").param("id", target)
			.query(Integer.class).single());
		String email = "rank.new." + UUID.randomUUID() + "@demo-school.test";
		switch (path) {
			case "PATCH /api/v1/users/{user}" -> json(request, "{\"version\": " + version + ", \"fullName\": \"Renamed\"}");
			case "DELETE /api/v1/users/{user}" -> request.param("version", version);
			case "POST /api/v1/users/{user}/password-reset" -> json(request, "{}");
			case "POST /api/v1/users/bulk" -> json(request,
					"{\"userIds\": [" + target + "], \"action\": \"ADD_TAG\", \"tag\": \"rank\"}");
			case "BULK reset-passwords" -> json(request,
					"{\"userIds\": [" + target + "], \"action\": \"RESET_PASSWORDS\"}");
			case "POST /api/v1/users" -> json(request, "{\"fullName\": \"Nora New\", \"email\": \"" + email
					+ "\", \"groupId\": " + groupA + ", \"role\": \"" + targetRole + "\", \"password\": \"Nora-New-Pass-1\"}");
			case "POST /users/{user}" -> request.param("version", version).param("fullName", "Renamed");
			case "POST /users/{user}/status" -> request.param("version", version).param("status", "SUSPENDED");
			case "POST /users/{user}/delete" -> request.param("version", version);
			case "POST /users/bulk" -> request.param("ids", String.valueOf(target)).param("action", "ADD_TAG")
				.param("tag", "rank");
			case "POST /users" -> request.param("fullName", "Nora New").param("email", email)
				.param("groupId", String.valueOf(groupA)).param("role", targetRole.name())
				.param("password", "Nora-New-Pass-1");
			default -> {
			}
		}
	}

	private static void json(MockHttpServletRequestBuilder request, String body) {
		request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private String importOutcome(String path, String actor, Role targetRole) {
		return path.endsWith("create-as-role") ? importOfNewAccount(actor, targetRole)
				: importOutcome(path.endsWith("passwords"), actor, target(targetRole));
	}

	/**
	 * An import of a new account with the target's role into group A: only a System Administrator
	 * chooses a role, only a manager of group A imports into it.
	 */
	private String importOfNewAccount(String actor, Role role) {
		SignedInUser importer = actor(actor);
		UUID id = drafts.upload(importer, "role.csv", ("Name,Email\nRole Row,rank.role." + UUID.randomUUID()
				+ "@demo-school.test\n").getBytes(StandardCharsets.UTF_8), null, null, null).id();
		drafts.map(importer, id, new ColumnMapping("Name", null, null, "Email", null, null), "Role-Row-Pass-2026");
		try {
			drafts.setOptions(importer, id, new ImportOptions(groupA, role == Role.USER ? null : role, false, false,
					false, List.of()));
			return drafts.rows(importer, id).get(0).valid() ? "ok" : "invalid";
		}
		catch (ErrorResponseException refused) {
			return String.valueOf(refused.getStatusCode().value());
		}
		finally {
			queue.cancel(importer, id);
		}
	}

	private String importOutcome(boolean passwords, String actor, long target) {
		SignedInUser importer = actor(actor);
		String email = directory.findById(target).orElseThrow().email();
		UUID id = drafts.upload(importer, "rank.csv", ("Name,Email,Password,Tags\nRank Row," + email
				+ ",Rank-Row-Pass-2026,rank\n").getBytes(StandardCharsets.UTF_8), null, null, null).id();
		drafts.map(importer, id, new ColumnMapping("Name", null, null, "Email", "Tags", "Password"), null);
		drafts.setOptions(importer, id, new ImportOptions(groupOf.get(actor), null, passwords, !passwords, false,
				List.of()));
		RowVerdict row = drafts.rows(importer, id).get(0);
		queue.cancel(importer, id);
		if (row.valid()) {
			return "ok";
		}
		String reason = String.join(" ", row.reasons(messages, Locale.ENGLISH));
		return reason.contains("only a System Administrator can change it") ? "403"
				: reason.contains("do not manage") || reason.contains("already taken") ? "404" : reason;
	}

	/**
	 * A file of the actor's group that leaves the target out, as the whole group that suspends the
	 * accounts it leaves out: "ok" when the target would be suspended, "403" when it is listed as
	 * left to a System Administrator, "404" when it is not listed at all.
	 */
	private String wholeGroupOutcome(String actor, long target) {
		SignedInUser importer = actor(actor);
		String email = directory.findById(target).orElseThrow().email();
		UUID id = drafts.upload(importer, "rank-sync.csv", ("Name,Email\nNew Pupil,rank.sync." + UUID.randomUUID()
				+ "@demo-school.test\n").getBytes(StandardCharsets.UTF_8), null, null, null).id();
		drafts.map(importer, id, new ColumnMapping("Name", null, null, "Email", null, null), "Rank-Sync-Pass-2026");
		drafts.setOptions(importer, id, new ImportOptions(groupOf.get(actor), null, false, false, false, List.of(), null,
				new SyncOption(true, SyncOption.Missing.SUSPEND, null)));
		Optional<MissingAccount> listed = drafts.syncPlan(importer, id).orElseThrow().missing().stream()
			.filter(missing -> missing.account().email().equals(email)).findFirst();
		queue.cancel(importer, id);
		return listed.map(missing -> missing.fate() == MissingAccount.Fate.SUSPEND ? "ok"
				: missing.fate() == MissingAccount.Fate.OUTRANKED ? "403" : missing.fate().name()).orElse("404");
	}

	/**
	 * The actor imports one account into their group; it is then made, without a change of version,
	 * the target of the table (a User, Administrator or System Administrator of group Rank A), and
	 * the actor asks what undoing the import would do.
	 */
	private String undoOutcome(String actor, Role targetRole) throws Exception {
		SignedInUser importer = actor(actor);
		String email = "rank.undo." + UUID.randomUUID() + "@demo-school.test";
		UUID id = drafts.upload(importer, "undo.csv", ("Name,Email\nUndo Rank," + email + "\n")
			.getBytes(StandardCharsets.UTF_8), null, null, null).id();
		drafts.map(importer, id, new ColumnMapping("Name", null, null, "Email", null, null), "Undo-Rank-Pass-2026");
		drafts.setOptions(importer, id, new ImportOptions(groupOf.get(actor), null, false, false, false, List.of()));
		queue.start(importer, id);
		ImportWait.untilCompleted(jdbc, id);
		long account = directory.findByEmail(email).orElseThrow().id();
		jdbc.sql("UPDATE users SET organization_id = :school, group_id = :group, role = :role WHERE id = :id")
			.param("school", school).param("group", groupA).param("role", targetRole.name()).param("id", account)
			.update();
		if (targetRole == Role.ADMIN) {
			jdbc.sql("INSERT INTO group_admin (user_id, group_id) VALUES (:id, :group)").param("id", account)
				.param("group", groupA).update();
		}
		MvcResult plan = mvc.perform(request(HttpMethod.POST, "/api/v1/imports/" + id + "/undo?dryRun=true")
			.with(user(importer))).andReturn();
		String body = plan.getResponse().getContentAsString();
		if (body.contains("\"accountsToDelete\":1")) {
			return "ok";
		}
		return body.contains("OUT_OF_REACH") ? "kept" : body;
	}

	/**
	 * Every route of Muster's own that is not a GET; the Google emulator stands in for Google and
	 * holds no Muster account.
	 */
	private Set<String> changingRoutes() {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/google-emulator") && !pattern.startsWith("/error")) {
					info.getMethodsCondition().getMethods().stream().filter(verb -> !verb.name().equals("GET"))
						.forEach(verb -> routes.add(verb.name() + " " + (pattern.contains("/users")
								? pattern.replace("{id}", "{user}") : pattern)));
				}
			}
		});
		return routes;
	}

	private SignedInUser actor(String actor) {
		return (SignedInUser) users.loadUserByUsername(emailOf.get(actor));
	}

	private long target(Role role) {
		String email = "rank." + role.name().toLowerCase() + "." + UUID.randomUUID() + "@demo-school.test";
		long id = directory.createUser(new NewUser(school, PersonName.full("Rita Rank"), email, role, groupA, Set.of(),
				"Rita-Rank-Pass-1")).id();
		if (role == Role.ADMIN) {
			directory.makeAdministratorOf(id, groupA);
		}
		return id;
	}

	private String administrator(long group, String email) {
		long id = directory.createUser(new NewUser(school, PersonName.full("Ada Rank"), email, Role.ADMIN, group,
				Set.of(), "Ada-Rank-Pass-1")).id();
		directory.makeAdministratorOf(id, group);
		return email;
	}

	private String passwordHash(long userId) {
		return jdbc.sql("SELECT password_hash FROM users WHERE id = :id").param("id", userId).query(String.class).single();
	}

	private static Map<String, List<String>> matrix() {
		Map<String, List<String>> matrix = new LinkedHashMap<>();
		MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
			List<String> cells = List.of(line.split("\\s+"));
			matrix.put(cells.get(0) + " " + cells.get(1) + " " + cells.get(2), cells.subList(3, cells.size()));
		});
		return matrix;
	}

}
