package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import io.muster.support.Api;
import io.muster.support.DemoGroups;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every file of a hostile corpus gets a created draft or a clear refusal, quickly, and every page
 * that shows what it holds shows it escaped.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class HostileUploadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	static Stream<HostileFiles.HostileFile> corpus() {
		return HostileFiles.corpus().stream();
	}

	@Test
	void theCorpusIsLargeAndVaried() {
		assertThat(HostileFiles.corpus()).hasSizeGreaterThanOrEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	@Timeout(20)
	void isAcceptedOrRefusedClearlyAndNeverBreaksAPage(HostileFiles.HostileFile file) throws Exception {
		long accountsBefore = accounts();
		MockHttpServletResponse upload = mvc.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", file.name(), "text/csv", file.bytes()))
				.with(user(users.loadUserByUsername(Api.ADMIN))))
			.andReturn().getResponse();
		if (upload.getStatus() != 201) {
			Refusals.assertClearRefusal(upload);
			return;
		}
		JsonNode draft = json.readTree(upload.getContentAsString());
		String id = draft.get("id").asString();
		List<String> columns = draft.get("columns").valueStream().map(JsonNode::asString).toList();
		MockHttpServletResponse mapping = mvc.perform(put("/api/v1/imports/{id}/mapping", id)
				.with(user(users.loadUserByUsername(Api.ADMIN)))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("fullName", columns.get(0), "email",
						columns.get(columns.size() > 1 ? 1 : 0), "defaultPassword", "Hostile-Corpus-2026"))))
			.andReturn().getResponse();
		if (mapping.getStatus() != 200) {
			Refusals.assertClearRefusal(mapping);
			return;
		}
		mvc.perform(put("/api/v1/imports/{id}/options", id).with(user(users.loadUserByUsername(Api.ADMIN)))
			.contentType(MediaType.APPLICATION_JSON).content("{\"groupId\": " + DemoGroups.id(jdbc, "Class 7A") + "}"));
		assertThat(mvc.perform(get("/api/v1/imports/{id}/rows", id).with(user(users.loadUserByUsername(Api.ADMIN))))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		for (String page : List.of("/imports/{id}/preview", "/imports/{id}/verify")) {
			MockHttpServletResponse html = mvc.perform(get(page, id).with(user(users.loadUserByUsername(Api.ADMIN))))
				.andReturn().getResponse();
			assertThat(html.getStatus()).as(page).isEqualTo(200);
			assertThat(html.getContentAsString()).doesNotContain("<script>alert", "<img src=x");
		}
		assertThat(accounts()).as("nothing imported before start").isEqualTo(accountsBefore);
	}

	private long accounts() {
		return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
	}

}
