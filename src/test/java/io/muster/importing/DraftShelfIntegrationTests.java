package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.muster.directory.SignedInUser;
import io.muster.support.Api;
import io.muster.support.DemoGroups;

/**
 * Drafts nobody started do not pile up: the same file uploaded again offers to continue the draft
 * made of it, and the list of imports shows drafts apart, to discard one by one or all at once.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class DraftShelfIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ImportDrafts drafts;

	@Autowired
	ImportQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSameFileUploadedAgainOffersToContinueItsDraft() throws Exception {
		byte[] file = csv("again");
		UUID first = upload("class-7a.csv", file);
		drafts.map(admin(), first, new ColumnMapping("Name", null, null, "Email", null, null), "Again-Pass-2026");
		UUID again = upload("class-7a (1).csv", file);
		UUID other = upload("class-7a.csv", csv("other"));

		mvc.perform(get("/imports/{id}/preview", again).with(as(Api.ADMIN)))
			.andExpect(content().string(allOf(containsString("You uploaded this very file before"),
					containsString("/imports/" + again + "/continue-earlier"))));
		mvc.perform(get("/imports/{id}/preview", other).with(as(Api.ADMIN)))
			.andExpect(content().string(not(containsString("You uploaded this very file before"))));
		mvc.perform(get("/imports/{id}/preview", first).with(as(Api.ADMIN)))
			.andExpect(content().string(not(containsString("You uploaded this very file before"))));

		mvc.perform(post("/imports/{id}/continue-earlier", again).with(csrf()).with(as(Api.ADMIN)))
			.andExpect(redirectedUrl("/imports/" + first + "/preview"));
		assertThat(exists(again)).as("the second upload is discarded").isFalse();
		assertThat(exists(first)).isTrue();
		mvc.perform(post("/imports/{id}/continue-earlier", other).with(csrf()).with(as(Api.ADMIN)))
			.andExpect(status().isConflict());
	}

	@Test
	void draftsAreListedApartAndDiscardedOneByOneOrAllAtOnce() throws Exception {
		mvc.perform(post("/imports/drafts/discard").with(csrf()).with(as(Api.ADMIN)));
		UUID one = upload("one.csv", csv("one"));
		UUID two = upload("two.csv", csv("two"));
		UUID started = startedImport();

		mvc.perform(get("/imports").with(as(Api.ADMIN)))
			.andExpect(content().string(allOf(containsString("<h2 id=\"drafts-title\">Not started</h2>"),
					containsString("id=\"draft-" + one + "\""), containsString("id=\"draft-" + two + "\""),
					not(containsString("id=\"draft-" + started + "\"")), containsString("Discard both drafts"),
					containsString("goes by itself 7 days after it was uploaded"))));

		mvc.perform(post("/imports/drafts/discard").param("id", one.toString()).with(csrf()).with(as(Api.ADMIN)))
			.andExpect(redirectedUrl("/imports")).andExpect(flash().attribute("discarded", 1));
		assertThat(exists(one)).isFalse();
		assertThat(exists(two)).isTrue();

		mvc.perform(post("/imports/drafts/discard").param("id", two.toString()).with(csrf())
			.with(as(Api.HILLSIDE_SYSADMIN))).andExpect(status().isNotFound());
		mvc.perform(post("/imports/drafts/discard").param("id", started.toString()).with(csrf()).with(as(Api.ADMIN)))
			.andExpect(status().isConflict());

		mvc.perform(post("/imports/drafts/discard").with(csrf()).with(as(Api.ADMIN)))
			.andExpect(redirectedUrl("/imports")).andExpect(flash().attribute("discarded", 1));
		assertThat(exists(two)).isFalse();
		assertThat(exists(started)).as("a started import stays").isTrue();
		mvc.perform(get("/imports").with(as(Api.ADMIN)))
			.andExpect(content().string(not(containsString("id=\"drafts-title\""))));
	}

	private UUID startedImport() {
		UUID id = upload("started.csv", csv("started"));
		drafts.map(admin(), id, new ColumnMapping("Name", null, null, "Email", null, null), "Started-Pass-2026");
		drafts.setOptions(admin(), id, new ImportOptions(DemoGroups.id(jdbc, "Class 7A"), null, false, false, false,
				List.of()));
		queue.start(admin(), id);
		return id;
	}

	private UUID upload(String name, byte[] bytes) {
		return drafts.upload(admin(), name, bytes, null, null, null).id();
	}

	private boolean exists(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM import_job WHERE id = :id").param("id", id).query(Long.class).single() == 1;
	}

	private static byte[] csv(String label) {
		String unique = label + "-" + UUID.randomUUID().toString().substring(0, 8);
		return ("Name,Email\nAda " + unique + "," + unique + "@example.org\n").getBytes(StandardCharsets.UTF_8);
	}

	private SignedInUser admin() {
		return (SignedInUser) users.loadUserByUsername(Api.ADMIN);
	}

	private RequestPostProcessor as(String email) {
		return user(users.loadUserByUsername(email));
	}

}
