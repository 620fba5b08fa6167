package io.muster.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import io.muster.directory.DirectoryService;
import io.muster.directory.GroupManagement;
import io.muster.directory.NewUser;
import io.muster.directory.PasswordResetService;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.directory.SignedInUser;
import io.muster.directory.UserChange;
import io.muster.directory.UserManagement;
import io.muster.directory.UserSummary;
import io.muster.importing.ImportDrafts;
import io.muster.importing.ImportQueue;
import io.muster.organization.OrganizationService;
import io.muster.organization.OrganizationSettings;
import io.muster.organization.SettingsChange;
import io.muster.support.Api;

/**
 * What administrators do to imports lands in the audit log, which only System Administrators read
 * and which forgets entries past their retention.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class AuditIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ImportDrafts drafts;

	@Autowired
	ImportQueue queue;

	@Autowired
	AuditLog log;

	@Autowired
	OrganizationService organizations;

	@Autowired
	GroupManagement groups;

	@Autowired
	DirectoryService directory;

	@Autowired
	UserManagement management;

	@Autowired
	PasswordResetService resets;

	@Test
	void uploadsAndCancellationsAreLoggedWithWhoDidThem() throws Exception {
		SignedInUser admin = (SignedInUser) users.loadUserByUsername(Api.ADMIN);
		String fileName = "audit-" + UUID.randomUUID() + ".csv";
		UUID id = drafts.upload(admin, fileName, "Name,Email\nAda,ada.audit@example.org\n"
			.getBytes(StandardCharsets.UTF_8), null, null, null).id();
		queue.cancel(admin, id);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mvc.perform(get("/audit")
				.with(user(users.loadUserByUsername(Api.SYSADMIN)))).andReturn().getResponse().getContentAsString())
			.contains("Uploaded " + fileName + " to import", "Cancelled the import of " + fileName, Api.ADMIN,
					"/imports/" + id));
		mvc.perform(get("/audit").with(user(users.loadUserByUsername(Api.ADMIN)))).andExpect(status().isForbidden());
		assertThat(mvc.perform(get("/audit").with(user(users.loadUserByUsername(Api.HILLSIDE_SYSADMIN))))
			.andReturn().getResponse().getContentAsString()).doesNotContain(fileName);
	}

	@Test
	void changesToGroupsAreLoggedToo() throws Exception {
		SignedInUser sysadmin = (SignedInUser) users.loadUserByUsername(Api.SYSADMIN);
		String name = "Audit group " + UUID.randomUUID();
		long id = groups.create(sysadmin, name).id();
		groups.delete(sysadmin, id);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mvc.perform(get("/audit")
				.with(user(users.loadUserByUsername(Api.SYSADMIN)))).andReturn().getResponse().getContentAsString())
			.contains("Created the group " + name, "Deleted the group " + name));
	}

	@Test
	void passwordResetsRoleChangesAndSettingsChangesAreLogged() throws Exception {
		SignedInUser sysadmin = (SignedInUser) users.loadUserByUsername(Api.SYSADMIN);
		UserSummary pupil = newUser();
		UserSummary teacher = newUser();
		withSignedIn(sysadmin, () -> {
			resets.reset(sysadmin, pupil.id(), false);
			management.update(sysadmin, teacher.id(), new UserChange(teacher.version(), null, null, null, Role.ADMIN, null, null));
			OrganizationSettings school = organizations.settings(sysadmin.organizationId());
			organizations.change(school.id(), sysadmin.id(), new SettingsChange(school.version(), school.name(),
					!school.advancedEmailNotifications(), school.importLimits().maxColumns(),
					school.importLimits().maxUsers(), (int) school.maxImportFileMegabytes(), school.minPasswordLength(),
					school.maxSyncChangePercent()));
		});

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(auditPage(sysadmin, Locale.ENGLISH))
			.contains("Reset the password of " + pupil.email(), "Made " + teacher.email() + " an Administrator",
					"Changed the settings of the organization Demo School"));
		assertThat(auditPage(sysadmin, Locale.GERMAN)).contains("Hat das Passwort von " + pupil.email() + " zurückgesetzt",
				"Hat " + teacher.email() + " zum Administrator gemacht",
				"Hat die Einstellungen der Organisation Demo School geändert");
	}

	private String auditPage(SignedInUser reader, Locale locale) throws Exception {
		return mvc.perform(get("/audit").with(user(reader)).locale(locale)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private UserSummary newUser() {
		long school = organizations.findByName("Demo School").orElseThrow().id();
		long group = directory.createGroup(school, "Audit class " + UUID.randomUUID()).id();
		return directory.createUser(new NewUser(school, PersonName.full("Ada Audit"), "ada-" + UUID.randomUUID()
				+ "@demo-school.test", Role.USER, group, Set.of(), "Audit-Pass-For-Ada-2026"));
	}

	private static void withSignedIn(SignedInUser user, Runnable action) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void entriesPastTheirRetentionAreForgotten() {
		long school = organizations.findByName("Demo School").orElseThrow().id();
		String old = "old-" + UUID.randomUUID();
		String recent = "recent-" + UUID.randomUUID();
		log.record(school, Api.SYSADMIN, "import.STARTED", old, UUID.randomUUID().toString(),
				Instant.now().minus(Duration.ofDays(400)));
		log.record(school, Api.SYSADMIN, "import.STARTED", recent, UUID.randomUUID().toString(), Instant.now());

		assertThat(log.purgeBefore(Instant.now().minus(Duration.ofDays(365)))).isGreaterThanOrEqualTo(1);
		SignedInUser sysadmin = (SignedInUser) users.loadUserByUsername(Api.SYSADMIN);
		SecurityContextHolder.getContext().setAuthentication(
				new UsernamePasswordAuthenticationToken(sysadmin, null,
						sysadmin.getAuthorities()));
		try {
			assertThat(log.page(sysadmin, 0)).extracting(AuditEntry::subject).contains(recent).doesNotContain(old);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
