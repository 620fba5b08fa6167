package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.muster.support.Api;
import io.muster.support.DemoGroups;
import tools.jackson.databind.json.JsonMapper;

/**
 * A large file's rows come a page at a time, in the API and on the verify page.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class RowPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	String id;

	@BeforeEach
	void uploadAFileOf250Users() throws Exception {
		jdbc.sql("UPDATE organization SET max_import_users = 1000 WHERE name = 'Hillside Academy'").update();
		StringBuilder csv = new StringBuilder("Name,Email\n");
		for (int i = 1; i <= 250; i++) {
			csv.append("Student ").append(i).append(',').append(i % 100 == 0 ? "broken" : "paging" + i + "@example.org")
				.append('\n');
		}
		String body = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "year.csv", "text/csv",
				csv.toString().getBytes(StandardCharsets.UTF_8))).with(admin()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		id = json.readTree(body).get("id").asString();
		mvc.perform(put("/api/v1/imports/{id}/mapping", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\": \"Name\", \"email\": \"Email\", \"defaultPassword\": \"Paging-Pass-2026\"}"))
			.andExpect(status().isOk());
		long office = DemoGroups.id(jdbc, "Office");
		mvc.perform(put("/api/v1/imports/{id}/options", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"groupId\": " + office + "}")).andExpect(status().isOk());
	}

	@AfterEach
	void restoreTheDefaultLimit() {
		jdbc.sql("UPDATE organization SET max_import_users = 100 WHERE name = 'Hillside Academy'").update();
	}

	@Test
	void theApiGivesPagesWithTheTotalAndALinkToTheNext() throws Exception {
		mvc.perform(get("/api/v1/imports/{id}/rows", id).param("page", "1").param("size", "100").with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "250"))
			.andExpect(header().string("Link", containsString("page=2")))
			.andExpect(jsonPath("$.length()").value(100))
			.andExpect(jsonPath("$[0].row").value(101));
		mvc.perform(get("/api/v1/imports/{id}/rows", id).param("valid", "false").with(admin()))
			.andExpect(header().string("X-Total-Count", "2"))
			.andExpect(header().doesNotExist("Link"))
			.andExpect(jsonPath("$[*].row").value(org.hamcrest.Matchers.contains(100, 200)));
		mvc.perform(get("/api/v1/imports/{id}/rows", id).param("size", "100000").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Ask for page 0 or later, with a size from 1 to 5000."));
	}

	@Test
	void theVerifyPageShowsAHundredRowsAtATime() throws Exception {
		String page = mvc.perform(get("/imports/{id}/verify", id).param("page", "2").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rows 201 to 250 of 250")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"row-201\"", "id=\"row-250\"").doesNotContain("id=\"row-200\"");
		assertThat(page).contains("<strong id=\"count-invalid\">2</strong>");
	}

	private RequestPostProcessor admin() {
		return user(users.loadUserByUsername(Api.HILLSIDE_SYSADMIN));
	}

}
