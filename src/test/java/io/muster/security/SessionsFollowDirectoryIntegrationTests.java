package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PasswordResetService;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.directory.SignedInUser;
import io.muster.directory.UserChange;
import io.muster.directory.UserManagement;
import io.muster.directory.UserStatus;
import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.WebSession;

/**
 * Sessions opened with the sign-in form, kept in the database, follow what the directory says
 * about their person at once: a change of role, groups, status, password or email address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class SessionsFollowDirectoryIntegrationTests {

	private static final String PASSWORD = "Session-Pass-2026";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	UserManagement management;

	@Autowired
	PasswordResetService resets;

	@Autowired
	OrganizationService organizations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSystemAdministratorDemotedToUserLosesTheOrganizationPagesInTheOpenSession() {
		long id = person(Role.SYSTEM_ADMIN);
		WebSession browser = new WebSession(port).signIn(email(id), PASSWORD);
		assertThat(browser.get("/organization").statusCode()).isEqualTo(200);
		assertThat(browser.get("/audit").statusCode()).isEqualTo(200);
		HttpResponse<String> groupsBefore = browser.open("/groups");

		management.update(sysadmin(), id, new UserChange(version(id), null, null, null, Role.USER, null, null));

		assertThat(browser.get("/organization").statusCode()).isEqualTo(403);
		assertThat(browser.get("/audit").statusCode()).isEqualTo(403);
		HttpResponse<String> groups = browser.open("/groups");
		assertThat(groups.statusCode()).isEqualTo(403);
		assertThat(browser.open("/account").statusCode()).as("still signed in, as a User").isEqualTo(200);
		String name = "Made after demotion " + UUID.randomUUID();
		HttpResponse<String> created = browser.submit(groupsBefore, "/groups",
				Map.of("name", List.of(name)));
		assertThat(created.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM user_group WHERE name = :name").param("name", name).query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAdministratorTakenOffAGroupNoLongerManagesItInTheOpenSession() {
		long admin = person(Role.ADMIN);
		long otherGroup = directory.createGroup(school(), "Session C " + UUID.randomUUID()).id();
		directory.makeAdministratorOf(admin, otherGroup);
		long pupil = directory.createUser(new NewUser(school(), PersonName.full("Pia Pupil"),
				"session.pupil." + UUID.randomUUID() + "@demo-school.test", Role.USER, otherGroup, Set.of(), PASSWORD))
			.id();
		WebSession browser = new WebSession(port).signIn(email(admin), PASSWORD);
		assertThat(browser.get("/users/" + pupil).statusCode()).isEqualTo(200);

		// A User manages no group; made an Administrator again, they manage only their own group.
		management.update(sysadmin(), admin, new UserChange(version(admin), null, null, null, Role.USER, null, null));
		management.update(sysadmin(), admin, new UserChange(version(admin), null, null, null, Role.ADMIN, null, null));

		assertThat(browser.get("/users/" + pupil).statusCode()).isEqualTo(404);
	}

	@Test
	void anAdministratorGivenAGroupManagesItInTheOpenSession() {
		long admin = person(Role.ADMIN);
		long otherGroup = directory.createGroup(school(), "Session B " + UUID.randomUUID()).id();
		long pupil = directory.createUser(new NewUser(school(), PersonName.full("Pat Pupil"),
				"session.pupil." + UUID.randomUUID() + "@demo-school.test", Role.USER, otherGroup, Set.of(), PASSWORD))
			.id();
		WebSession browser = new WebSession(port).signIn(email(admin), PASSWORD);
		assertThat(browser.get("/users/" + pupil).statusCode()).isEqualTo(404);

		directory.makeAdministratorOf(admin, otherGroup);

		assertThat(browser.get("/users/" + pupil).statusCode()).isEqualTo(200);
	}

	@Test
	void aPersonWhoseEmailChangedIsStillSignedOutWhenSuspended() {
		long id = person(Role.USER);
		WebSession browser = new WebSession(port).signIn(email(id), PASSWORD);
		String newEmail = "session.renamed." + UUID.randomUUID() + "@demo-school.test";
		management.update(sysadmin(), id, new UserChange(version(id), null, newEmail, null, null, null, null));
		assertThat(browser.open("/account").body()).as("the session shows the new address").contains(newEmail);
		String sessionId = sessionOf(id);

		management.update(sysadmin(), id, new UserChange(version(id), null, null, null, null, null, UserStatus.SUSPENDED));

		assertThat(browser.open("/account").uri().getPath()).isEqualTo("/login");
		await().atMost(Duration.ofSeconds(10)).until(() -> sessionCount(sessionId) == 0);
	}

	@Test
	void aNewPasswordEndsTheOtherSessionsButNotTheOneThatSetIt() {
		long id = person(Role.USER);
		WebSession here = new WebSession(port).signIn(email(id), PASSWORD);
		WebSession elsewhere = new WebSession(port).signIn(email(id), PASSWORD);

		HttpResponse<String> changed = here.submit(here.open("/account"), "/account/password",
				Map.of("currentPassword", List.of(PASSWORD), "newPassword", List.of("Session-Pass-2027-new")));

		assertThat(here.follow(changed).uri().getPath()).isEqualTo("/account");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> elsewhere.open("/account").uri().getPath().equals("/login"));
		assertThat(here.open("/account").uri().getPath()).isEqualTo("/account");
	}

	@Test
	void aPasswordResetByAnAdministratorEndsThePersonsSessions() {
		long id = person(Role.USER);
		WebSession browser = new WebSession(port).signIn(email(id), PASSWORD);
		String sessionId = sessionOf(id);

		resets.reset(sysadmin(), id, false);

		await().atMost(Duration.ofSeconds(10)).until(() -> sessionCount(sessionId) == 0);
		assertThat(browser.open("/account").uri().getPath()).isEqualTo("/login");
	}

	private long person(Role role) {
		long group = directory.createGroup(school(), "Session " + UUID.randomUUID()).id();
		long id = directory.createUser(new NewUser(school(), PersonName.full("Sam Session"),
				"session." + UUID.randomUUID() + "@demo-school.test", role, group, Set.of(), PASSWORD)).id();
		if (role == Role.ADMIN) {
			directory.makeAdministratorOf(id, group);
		}
		return id;
	}

	/**
	 * The one session of a person, found by their id as the session table indexes it.
	 */
	private String sessionOf(long userId) {
		return jdbc.sql("SELECT session_id FROM spring_session WHERE principal_name = :key")
			.param("key", SessionsByPerson.key(userId)).query(String.class).single();
	}

	private long sessionCount(String sessionId) {
		return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE session_id = :id").param("id", sessionId)
			.query(Long.class).single();
	}

	private long school() {
		return organizations.findByName("Demo School").orElseThrow().id();
	}

	private String email(long id) {
		return directory.findById(id).orElseThrow().email();
	}

	private int version(long id) {
		return directory.findById(id).orElseThrow().version();
	}

	private SignedInUser sysadmin() {
		return (SignedInUser) users.loadUserByUsername(Api.SYSADMIN);
	}

}
