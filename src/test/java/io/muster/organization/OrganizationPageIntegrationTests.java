package io.muster.organization;

import static org.hamcrest.Matchers.allOf;
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
import org.springframework.test.web.servlet.MockMvc;

import io.muster.support.Api;

@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class OrganizationPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSettingsPageShowsTheDefaultsWithTheirBounds() throws Exception {
		mvc.perform(get("/organization").cookie(signIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Advanced Email Notifications"),
					containsString("id=\"maxImportColumns\""), containsString("value=\"5\""),
					containsString("value=\"100\""), containsString("From 2 to 20."),
					containsString("id=\"maxSyncChangePercent\""), containsString("From 0 to 100."))));
	}

	@Test
	void aValueOutOfBoundsIsExplainedNextToItsFieldAndNothingIsSaved() throws Exception {
		mvc.perform(post("/organization").with(csrf()).cookie(signIn()).param("version", "0")
				.param("name", "Hillside Academy").param("maxImportColumns", "5").param("maxImportUsers", "0")
				.param("maxImportFileMegabytes", "2").param("minPasswordLength", "8")
				.param("maxSyncChangePercent", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("aria-describedby=\"maxImportUsers-error\""),
					containsString("Users per file must be a whole number from 1 to 10000."))));
	}

	private Cookie signIn() throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("email", Api.HILLSIDE_SYSADMIN)
				.param("password", Api.DEMO_PASSWORD))
			.andExpect(authenticated())
			.andReturn().getResponse().getCookie("SESSION");
	}

}
