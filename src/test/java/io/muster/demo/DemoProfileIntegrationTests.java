package io.muster.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import io.muster.directory.DirectoryService;
import io.muster.support.Api;

/**
 * The profile {@code demo}, as {@code mvn spring-boot:run} starts it: demo sign-ins, the Google
 * emulator with Sign in with Google, and the outbox page.
 */
@SpringBootTest(properties = { "spring.profiles.active=demo", "muster.demo.password=" + Api.DEMO_PASSWORD })
@AutoConfigureMockMvc
class DemoProfileIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryService directory;

	@Autowired
	Environment environment;

	@Test
	void theDemoSignInsExist() {
		assertThat(environment.getActiveProfiles()).containsExactly("demo");
		DemoData.SIGN_INS.forEach(email -> assertThat(directory.findByEmail(email)).as(email).isPresent());
	}

	@Test
	void theGoogleEmulatorAnswersAndTheLoginPageOffersGoogle() throws Exception {
		mvc.perform(get("/google-emulator/.well-known/openid-configuration")).andExpect(status().isOk());
		mvc.perform(get("/login")).andExpect(content().string(containsString("google-sign-in")));
	}

	@Test
	void aSystemAdministratorReadsTheOutbox() throws Exception {
		Cookie session = mvc.perform(post("/login").with(csrf()).param("email", Api.SYSADMIN)
				.param("password", Api.DEMO_PASSWORD))
			.andExpect(authenticated())
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/dev/mail").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/").cookie(session)).andExpect(content().string(containsString("/dev/mail")));
	}

}
