package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.muster.demo.google.GoogleEmulator;
import io.muster.directory.BulkChange;
import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.directory.SignedInUser;
import io.muster.directory.UserManagement;
import io.muster.importing.ImportDrafts;
import io.muster.mail.Mail;
import io.muster.mail.MailService;
import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.tokens.TokenService;

/**
 * Every page and API route, tried by everyone: nobody signed in, a User, the Administrator who owns
 * the import (of Class 7A), an Administrator of another group, a System Administrator, and the System
 * Administrator of another organization, always with ids that belong to the first Administrator.
 *
 * <p>"ok" means the request got past every access rule (it may still be refused as invalid input);
 * "login" is the redirect to the sign-in page. A route missing from the table fails the test. A
 * request that changes a user or a group gets one made for it, so that one caller's delete does
 * not decide what the next one sees: a pupil of Class 7A, or a new group nobody administers.
 *
 * <p>The demo's outbox ({@code /dev/mail}, only in the profile {@code demo}) shows a System
 * Administrator the mail of their own organization.
 * The Google emulator ({@code /google-emulator/**}, only in the demo) stands in for Google and
 * is open to everyone; its own client and bearer-token checks are passed with the demo client's
 * credentials, so that only Muster's access rules could stop a request.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class AccessMatrixIntegrationTests {

	private static final String MATRIX = """
			# route                                 anonymous user  admin-a admin-b sysadmin other-org
			GET /                                     login    ok    ok      ok      ok       ok
			GET /login                                ok       ok    ok      ok      ok       ok
			GET /account                              login    ok    ok      ok      ok       ok
			POST /account/password                    login    ok    ok      ok      ok       ok
			POST /account/email                       login    ok    ok      ok      ok       ok
			GET /account/email/confirm                ok       ok    ok      ok      ok       ok
			GET /dev/mail                             login    403   403     403     ok       ok
			GET /dev/mail/{mail}                      login    403   403     403     ok       404
			GET /audit                                login    403   403     403     ok       ok
			GET /imports                              login    403   ok      ok      ok       ok
			GET /imports/new                          login    403   ok      ok      ok       ok
			GET /imports/new/csv                      login    403   ok      ok      ok       ok
			POST /imports/new/csv                     login    403   ok      ok      ok       ok
			GET /imports/sample.csv                   login    ok    ok      ok      ok       ok
			GET /imports/{import}                     login    403   ok      404     ok       404
			GET /imports/{import}/preview             login    403   ok      404     ok       404
			POST /imports/{import}/preview            login    403   ok      404     ok       404
			POST /imports/{import}/separator          login    403   ok      404     ok       404
			GET /imports/{import}/verify              login    403   ok      404     ok       404
			POST /imports/{import}/rows/{row}         login    403   ok      404     ok       404
			GET /imports/{import}/progress            login    403   ok      404     ok       404
			GET /imports/{import}/results.csv         login    403   ok      404     ok       404
			POST /imports/{import}/cards              login    403   ok      404     ok       404
			GET /cards/{set}                          login    403   ok      404     404      404
			POST /cards/{set}                         login    403   ok      404     404      404
			POST /imports/{import}/start              login    403   ok      404     ok       404
			POST /imports/{import}/cancel             login    403   ok      404     ok       404
			POST /imports/{import}/continue-earlier   login    403   ok      404     ok       404
			GET /imports/{import}/undo                login    403   ok      404     ok       404
			POST /imports/{import}/undo               login    403   ok      404     ok       404
			GET /imports/{import}/undo/progress       login    403   ok      404     ok       404
			GET /imports/{import}/undo.csv            login    403   ok      404     ok       404
			GET /api/v1/me                            401      ok    ok      ok      ok       ok
			GET /api/v1/groups                        401      403   ok      ok      ok       ok
			GET /api/v1/groups/{group}                401      403   ok      403     ok       404
			GET /api/v1/users                         401      403   ok      ok      ok       ok
			GET /api/v1/users/{user}                  401      404   ok      404     ok       404
			GET /password/set                         ok       ok    ok      ok      ok       ok
			POST /password/set                        ok       ok    ok      ok      ok       ok
			GET /password/choose                      login    ok    ok      ok      ok       ok
			POST /password/choose                     login    ok    ok      ok      ok       ok
			POST /account/name                        login    ok    ok      ok      ok       ok
			GET /users                                login    403   ok      ok      ok       ok
			POST /users                               login    403   ok      ok      ok       ok
			GET /users/new                            login    403   ok      ok      ok       ok
			GET /users/{user}                         login    403   ok      404     ok       404
			POST /users/{user}                        login    403   ok      404     ok       404
			POST /users/{user}/status                 login    403   ok      404     ok       404
			POST /users/{user}/password-reset         login    403   ok      404     ok       404
			GET /users/{user}/delete                  login    403   ok      404     ok       404
			POST /users/{user}/delete                 login    403   ok      404     ok       404
			POST /users/bulk                          login    403   ok      404     ok       404
			GET /groups                               login    403   ok      ok      ok       ok
			POST /groups                              login    403   403     403     ok       ok
			POST /groups/{group}                      login    403   403     403     ok       404
			POST /groups/{group}/delete               login    403   403     403     ok       404
			GET /organization                         login    403   403     403     ok       ok
			POST /organization                        login    403   403     403     ok       ok
			PATCH /api/v1/me                          401      ok    ok      ok      ok       ok
			POST /api/v1/me/password                  401      ok    ok      ok      ok       ok
			POST /api/v1/me/email                     401      ok    ok      ok      ok       ok
			POST /api/v1/users                        401      403   ok      ok      ok       ok
			PATCH /api/v1/users/{user}                401      403   ok      404     ok       404
			DELETE /api/v1/users/{user}               401      403   ok      404     ok       404
			POST /api/v1/users/{user}/password-reset  401      403   ok      404     ok       404
			POST /api/v1/users/bulk                   401      403   ok      404     ok       404
			POST /api/v1/groups                       401      403   403     403     ok       ok
			PATCH /api/v1/groups/{group}              401      403   403     403     ok       404
			DELETE /api/v1/groups/{group}             401      403   403     403     ok       404
			GET /api/v1/organization                  401      ok    ok      ok      ok       ok
			PUT /api/v1/organization                  401      403   403     403     ok       ok
			GET /api/v1/imports                       401      403   ok      ok      ok       ok
			POST /api/v1/imports                      401      403   ok      ok      ok       ok
			GET /api/v1/imports/sample.csv            ok       ok    ok      ok      ok       ok
			GET /api/v1/imports/{import}              401      403   ok      404     ok       404
			PUT /api/v1/imports/{import}/mapping      401      403   ok      404     ok       404
			PUT /api/v1/imports/{import}/options      401      403   ok      404     ok       404
			GET /api/v1/imports/{import}/rows         401      403   ok      404     ok       404
			PATCH /api/v1/imports/{import}/rows/{row} 401      403   ok      404     ok       404
			POST /api/v1/imports/{import}/start       401      403   ok      404     ok       404
			GET /api/v1/imports/{import}/left-out     401      403   ok      404     ok       404
			GET /api/v1/imports/{import}/results.csv  401      403   ok      404     ok       404
			GET /api/v1/imports/{import}/cards        401      403   ok      404     ok       404
			GET /api/v1/users/cards/{set}             401      403   ok      404     404      404
			DELETE /api/v1/imports/{import}           401      403   ok      404     ok       404
			POST /api/v1/imports/{import}/undo        401      403   ok      404     ok       404
			# The draft has no undo to show: 404 for those who may see the draft too.
			GET /api/v1/imports/{import}/undo         401      403   404     404     404      404
			GET /imports/new/classroom                login    403   ok      ok      ok       ok
			POST /imports/new/classroom               login    403   ok      ok      ok       ok
			GET /classroom/authorized                 login    403   ok      ok      ok       ok
			POST /classroom/disconnect                login    403   ok      ok      ok       ok
			GET /login/google/no-account              ok       ok    ok      ok      ok       ok
			GET /api/v1/classroom/connection          401      403   ok      ok      ok       ok
			DELETE /api/v1/classroom/connection       401      403   ok      ok      ok       ok
			GET /api/v1/classroom/courses             401      403   ok      ok      ok       ok
			POST /api/v1/imports/classroom            401      403   ok      ok      ok       ok
			GET /imports/{import}/resync              login    403   ok      404     ok       404
			POST /imports/{import}/resync             login    403   ok      404     ok       404
			POST /api/v1/imports/{import}/resync      401      403   ok      404     ok       404
			POST /classroom/schedules                 login    403   ok      ok      ok       ok
			POST /classroom/schedules/{schedule}/stop login    403   ok      404     404      404
			GET /api/v1/classroom/schedules           401      403   ok      ok      ok       ok
			POST /api/v1/classroom/schedules          401      403   ok      ok      ok       ok
			DELETE /api/v1/classroom/schedules/{schedule} 401  403   ok      404     404      404
			GET /account/tokens                       login    ok    ok      ok      ok       ok
			POST /account/tokens                      login    ok    ok      ok      ok       ok
			POST /account/tokens/{token}/revoke       login    404   ok      404     404      404
			GET /api/v1/me/tokens                     401      ok    ok      ok      ok       ok
			POST /api/v1/me/tokens                    401      ok    ok      ok      ok       ok
			DELETE /api/v1/me/tokens/{token}          401      404   ok      404     404      404
			GET /google-emulator/o/oauth2/v2/auth     ok       ok    ok      ok      ok       ok
			POST /google-emulator/o/oauth2/v2/auth/choose ok   ok    ok      ok      ok       ok
			POST /google-emulator/o/oauth2/v2/auth/consent ok  ok    ok      ok      ok       ok
			POST /google-emulator/token               ok       ok    ok      ok      ok       ok
			POST /google-emulator/revoke              ok       ok    ok      ok      ok       ok
			GET /google-emulator/v1/userinfo          ok       ok    ok      ok      ok       ok
			GET /google-emulator/oauth2/v3/certs      ok       ok    ok      ok      ok       ok
			GET /google-emulator/.well-known/openid-configuration ok ok ok ok     ok       ok
			GET /google-emulator/classroom/v1/courses ok       ok    ok      ok      ok       ok
			GET /google-emulator/classroom/v1/courses/{courseId}/students ok ok ok ok ok   ok
			GET /google-emulator/classroom/v1/invitations ok   ok    ok      ok      ok       ok
			GET /google-emulator/classroom/v1/userProfiles/{userId} ok ok ok ok   ok       ok
			POST /imports/drafts/discard              login    403   ok      ok      ok       ok
			""";

	private static final List<String> PERSONAS = List.of("anonymous", "user", "admin-a", "admin-b", "sysadmin",
			"other-org");

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
	JdbcClient jdbc;

	@Autowired
	MailService mailService;

	@Autowired
	GoogleEmulator googleEmulator;

	@Autowired
	TokenService tokens;

	@Autowired
	UserManagement userManagement;

	@Test
	void everyRouteAnswersEveryoneAsExpected() throws Exception {
		Map<String, List<String>> expected = matrix();
		assertThat(expected.keySet()).as("routes in the matrix").containsExactlyInAnyOrderElementsOf(routes());
		Map<String, String> ids = ids();
		List<String> table = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, List<String>> route : expected.entrySet()) {
			StringBuilder line = new StringBuilder(String.format("%-44s", route.getKey()));
			for (int persona = 0; persona < PERSONAS.size(); persona++) {
				String answer = outcome(route.getKey(), PERSONAS.get(persona), ids);
				line.append(String.format("%-9s", answer));
				if (!answer.equals(route.getValue().get(persona))) {
					wrong.add(route.getKey() + " as " + PERSONAS.get(persona) + ": expected "
							+ route.getValue().get(persona) + ", got " + answer);
				}
			}
			table.add(line.toString());
		}
		System.out.println(String.format("%-44s", "route") + String.join("", PERSONAS.stream()
			.map(persona -> String.format("%-9s", persona)).toList()) + "\n" + String.join("\n", table));
		assertThat(wrong).isEmpty();
	}

	private String outcome(String route, String persona, Map<String, String> ids) throws Exception {
		String[] parts = route.split(" ");
		String path = parts[1];
		if (!parts[0].equals("GET") && path.contains("{user}")) {
			path = path.replace("{user}", String.valueOf(pupilOfClass7a()));
		}
		if (!parts[0].equals("GET") && path.contains("{group}")) {
			path = path.replace("{group}", String.valueOf(directory.createGroup(
					organizations.findByName("Demo School").orElseThrow().id(), "Matrix " + UUID.randomUUID()).id()));
		}
		if (path.contains("{schedule}")) {
			path = path.replace("{schedule}", String.valueOf(scheduleOfAdminA()));
		}
		for (Map.Entry<String, String> id : ids.entrySet()) {
			path = path.replace("{" + id.getKey() + "}", id.getValue());
		}
		AbstractMockHttpServletRequestBuilder<?> request = requestFor(parts[0], route, path);
		if (!persona.equals("anonymous")) {
			request.with(user(users.loadUserByUsername(email(persona))));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		if (status == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login")) {
			return "login";
		}
		return status == 401 || status == 403 || status == 404 ? String.valueOf(status) : "ok";
	}

	/**
	 * A request well-formed enough that only the access rules can stop it.
	 */
	private AbstractMockHttpServletRequestBuilder<?> requestFor(String verb, String route, String path) {
		if (route.equals("POST /imports/new/csv") || route.equals("POST /api/v1/imports")) {
			return multipart(path).file(new MockMultipartFile("file", "matrix.csv", "text/csv",
					"Name,Email\nMo Matrix,mo.matrix@example.org\n".getBytes(StandardCharsets.UTF_8))).with(csrf());
		}
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(verb), path).with(csrf());
		switch (route) {
			case "POST /imports/{import}/separator" -> request.param("separator", "comma");
			case "POST /imports/{import}/cards", "POST /cards/{set}" -> request.param("paper", "A4");
			case "POST /users/{user}/status" -> request.param("version", "0").param("status", "SUSPENDED");
			case "POST /users/{user}/delete" -> request.param("version", "0");
			case "POST /groups/{group}/delete" -> request.param("name", "Matrix");
			case "POST /users/bulk" -> request.param("ids", String.valueOf(pupilOfClass7a())).param("action", "ADD_TAG")
				.param("tag", "matrix");
			default -> {
			}
		}
		if (path.equals("/google-emulator/token")) {
			request.with(httpBasic("muster-demo-client", "muster-demo-secret"));
		}
		if (path.startsWith("/google-emulator/classroom/") || path.endsWith("/userinfo")) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + googleEmulator.accessTokenFor(Api.ADMIN,
					"muster-demo-client", "openid", "classroom.courses.readonly", "classroom.rosters.readonly"));
		}
		if (!verb.equals("GET") && path.startsWith("/api/")) {
			request.contentType(MediaType.APPLICATION_JSON).content(route.equals("POST /api/v1/users/bulk")
					? "{\"userIds\": [" + pupilOfClass7a() + "], \"action\": \"ADD_TAG\", \"tag\": \"matrix\"}" : "{}");
		}
		return request;
	}

	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (!method.getBeanType().getPackageName().startsWith("io.muster")) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				for (var verb : info.getMethodsCondition().getMethods()) {
					routes.add(verb.name() + " " + pattern.replace("{id}", placeholder(pattern)));
				}
			}
		});
		return routes;
	}

	private static String placeholder(String pattern) {
		if (pattern.contains("/imports/")) {
			return "{import}";
		}
		if (pattern.contains("/groups/")) {
			return "{group}";
		}
		if (pattern.contains("/tokens/")) {
			return "{token}";
		}
		return pattern.contains("/users/") ? "{user}" : "{mail}";
	}

	private Map<String, String> ids() {
		SignedInUser adminA = (SignedInUser) users.loadUserByUsername(Api.ADMIN);
		UUID draft = drafts.upload(adminA, "matrix.csv", "Name,Email\nMia Matrix,mia.matrix@example.org\n"
			.getBytes(StandardCharsets.UTF_8), null, null, null).id();
		mailService.send(new Mail(adminA.organizationId(), Api.ADMIN, "Matrix", "test-message", Map.of("name", "Ada")));
		long mail = jdbc.sql("SELECT MAX(id) FROM mail_outbox").query(Long.class).single();
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("import", draft.toString());
		ids.put("group", String.valueOf(DemoGroups.id(jdbc, "Class 7A")));
		ids.put("user", String.valueOf(pupilOfClass7a()));
		ids.put("mail", String.valueOf(mail));
		ids.put("token", String.valueOf(tokens.create(adminA, "Matrix", 30).token().id()));
		ids.put("set", String.valueOf(userManagement.bulk(adminA,
				new BulkChange(List.of(pupilOfClass7a()), BulkChange.Action.RESET_PASSWORDS, null, null)).cards()));
		ids.put("row", "1");
		ids.put("courseId", "700000000001");
		ids.put("userId", "me");
		return ids;
	}

	private String email(String persona) {
		return switch (persona) {
			case "user" -> Api.USER;
			case "admin-a" -> Api.ADMIN;
			case "admin-b" -> adminOfStaff();
			case "sysadmin" -> Api.SYSADMIN;
			default -> Api.HILLSIDE_SYSADMIN;
		};
	}

	private long pupilOfClass7a() {
		String email = "pia.pupil." + UUID.randomUUID() + "@demo-school.test";
		long school = organizations.findByName("Demo School").orElseThrow().id();
		long class7a = DemoGroups.id(jdbc, "Class 7A");
		return directory.createUser(new NewUser(school, PersonName.full("Pia Pupil"), email, Role.USER, class7a,
				Set.of(), "Pia-Pupil-Pass-1")).id();
	}

	/**
	 * A daily Classroom check of admin-a, made afresh for each request, since stopping it deletes it.
	 */
	private UUID scheduleOfAdminA() {
		SignedInUser adminA = (SignedInUser) users.loadUserByUsername(Api.ADMIN);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO classroom_schedule (id, user_id, organization_id, course_ids, tag_per_class, title,
				  default_password_hash, local_time, zone, locale, active, created_at, last_count)
				VALUES (:id, :user, :organization, :courses, FALSE, 'Matrix', 'hash', '07:30', 'UTC', 'en', TRUE,
				  CURRENT_TIMESTAMP, 0)""")
			.param("id", id).param("user", adminA.id()).param("organization", adminA.organizationId())
			.param("courses", "matrix-" + id).update();
		return id;
	}

	private String adminOfStaff() {
		String email = "staff.admin@demo-school.test";
		if (directory.findByEmail(email).isEmpty()) {
			long school = organizations.findByName("Demo School").orElseThrow().id();
			long staff = DemoGroups.id(jdbc, "Staff");
			long id = directory.createUser(new NewUser(school, PersonName.full("Sasha Staff"), email, Role.ADMIN, staff,
					Set.of(), "Staff-Admin-Pass-1")).id();
			directory.makeAdministratorOf(id, staff);
		}
		return email;
	}

	private static Map<String, List<String>> matrix() {
		Map<String, List<String>> matrix = new LinkedHashMap<>();
		MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
			List<String> cells = Arrays.asList(line.split("\\s+"));
			matrix.put(cells.get(0) + " " + cells.get(1), cells.subList(2, cells.size()));
		});
		return matrix;
	}

}
