package io.muster.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.directory.UserSummary;
import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.DatabaseDump;

/**
 * The demo's outbox shows a System Administrator their own organization's mail only, and keeps
 * the links it holds unreadable in the database.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class DevMailIntegrationTests {

	private static final String PASSWORD = "Harbour-Light-Pass-36";

	private static final Pattern CONFIRM_LINK = Pattern.compile("/account/email/confirm\\?token=([\\w-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aSystemAdministratorSeesOnlyTheMailOfTheirOwnOrganization() throws Exception {
		long school = organizations.findByName(DemoData.DEMO_SCHOOL).orElseThrow().id();
		long class7a = jdbc.sql("SELECT id FROM user_group WHERE organization_id = :school AND name = 'Class 7A'")
			.param("school", school).query(Long.class).single();
		UserSummary mover = directory.createUser(new NewUser(school, PersonName.full("Otto Outbox"),
				"otto.outbox@example.org", Role.USER, class7a, Set.of(), PASSWORD));
		mvc.perform(post("/account/email").with(csrf()).cookie(signIn(mover.email(), PASSWORD))
				.param("newEmail", "otto.new@example.org").param("currentPassword", PASSWORD))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = 'otto.new@example.org'").query(Long.class)
			.single();

		Cookie hillside = signIn(Api.HILLSIDE_SYSADMIN, Api.DEMO_PASSWORD);
		mvc.perform(get("/dev/mail").cookie(hillside))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("otto.new@example.org"))));
		mvc.perform(get("/dev/mail/{id}", id).cookie(hillside).accept("text/html")).andExpect(status().isNotFound());

		Cookie own = signIn(Api.SYSADMIN, Api.DEMO_PASSWORD);
		mvc.perform(get("/dev/mail").cookie(own)).andExpect(content().string(containsString("otto.new@example.org")));
		String page = mvc.perform(get("/dev/mail/{id}", id).cookie(own))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Matcher link = CONFIRM_LINK.matcher(page);
		assertThat(link.find()).as("the link is readable on the page").isTrue();
		assertThat(DatabaseDump.of(dataSource).containing(link.group(1))).as("but not in the database").isEmpty();
	}

	private Cookie signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
			.andExpect(authenticated())
			.andReturn().getResponse().getCookie("SESSION");
	}

}
