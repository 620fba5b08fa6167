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

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import io.muster.directory.DirectoryService;
import io.muster.directory.GroupSummary;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.organization.OrganizationService;
import io.muster.organization.OrganizationSettings;

/**
 * The packaged jar started without a profile, as it would be if it reached a server by accident:
 * no demo sign-ins, no Google emulator, no outbox page, and no Google button until a client is set.
 */
@SpringBootTest(properties = "spring.profiles.active=")
@AutoConfigureMockMvc
class WithoutProfileIntegrationTests {

	private static final String PASSWORD = "Plain-Start-Pass-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Autowired
	Environment environment;

	@Test
	void noProfileIsActiveAndNoDemoSignInExists() {
		assertThat(environment.getActiveProfiles()).isEmpty();
		assertThat(organizations.findByName(DemoData.DEMO_SCHOOL)).isEmpty();
		assertThat(organizations.findByName(DemoData.HILLSIDE)).isEmpty();
		DemoData.SIGN_INS.forEach(email -> assertThat(directory.findByEmail(email)).as(email).isEmpty());
	}

	@Test
	void thereIsNoGoogleEmulatorAndNoSignInWithGoogle() throws Exception {
		mvc.perform(get("/google-emulator/.well-known/openid-configuration")).andExpect(status().isNotFound());
		mvc.perform(get("/google-emulator/o/oauth2/v2/auth").param("client_id", "muster-demo-client"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("google-sign-in"))));
	}

	@Test
	void aSystemAdministratorFindsNoOutbox() throws Exception {
		OrganizationSettings school = organizations.create("Plain School", false);
		GroupSummary office = directory.createGroup(school.id(), "Office");
		directory.createUser(new NewUser(school.id(), PersonName.of("Pat", "Plain"), "pat@plain-school.test",
				Role.SYSTEM_ADMIN, office.id(), Set.of(), PASSWORD));
		Cookie session = mvc.perform(post("/login").with(csrf()).param("email", "pat@plain-school.test")
				.param("password", PASSWORD))
			.andExpect(authenticated())
			.andReturn().getResponse().getCookie("SESSION");

		mvc.perform(get("/dev/mail").cookie(session).accept("text/html")).andExpect(status().isNotFound());
		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/dev/mail"))));
	}

}
