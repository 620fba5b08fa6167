package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.muster.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated uploads, random bytes and random CSV-like text, go through the same API as the hostile
 * corpus: each gets a draft or a clear refusal, never a server error, and a refused file leaves no
 * import behind.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class GeneratedUploadTests {

	// jqwik has no Spring extension here, so the test context fills the fields itself (and is cached).
	private static final TestContextManager SPRING = new TestContextManager(GeneratedUploadTests.class);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	GeneratedUploadTests() throws Exception {
		SPRING.prepareTestInstance(this);
	}

	@Property(tries = 150)
	void randomBytesAreAcceptedOrRefusedClearly(@ForAll @Size(max = 2_000) byte[] bytes) throws Exception {
		uploadAndFollow(bytes);
	}

	@Property(tries = 250)
	void csvLikeTextIsAcceptedOrRefusedClearly(@ForAll("csvLike") byte[] bytes) throws Exception {
		uploadAndFollow(bytes);
	}

	@Provide
	Arbitrary<byte[]> csvLike() {
		Arbitrary<byte[]> header = Arbitraries.of("", "Name,Email\n", "\uFEFFName;Email;Tags\r\n", "Email\tFull name\n")
			.map(GeneratedUploadTests::utf8);
		return Arbitraries.frequencyOf(List.of(tuple(4, text()), tuple(1, binary()))).list().ofMaxSize(60)
			.flatMap(body -> header.map(head -> concat(head, concat(body))));
	}

	private static Arbitrary<byte[]> text() {
		return Arbitraries.frequencyOf(List.of(
				tuple(6, Arbitraries.of("Ada Lovelace", "ada@example.org", "José Peña", "李小龍", "<script>alert(1)</script>",
						"=1+1", "\u202Eevil", "a@b", "@", " ").map(GeneratedUploadTests::utf8)),
				tuple(8, Arbitraries.of("\"", ",", ";", "\t", "|", "\r", "\n", "\r\n", "\"\"").map(GeneratedUploadTests::utf8)),
				tuple(1, Arbitraries.integers().between(1_000, 300_000).map(length -> utf8("x".repeat(length)))),
				tuple(1, Arbitraries.integers().between(10, 50_000).map(count -> utf8(",".repeat(count))))));
	}

	private static Arbitrary<byte[]> binary() {
		return Arbitraries.frequencyOf(List.of(
				tuple(2, Arbitraries.of("\0", "\uFEFF", "sep=;\n").map(GeneratedUploadTests::utf8)),
				tuple(1, Arbitraries.strings().ofMaxLength(20).map(text -> text.getBytes(StandardCharsets.UTF_16LE))),
				tuple(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(16))));
	}

	private void uploadAndFollow(byte[] bytes) throws Exception {
		long importsBefore = imports();
		MockHttpServletResponse upload = mvc.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "generated.csv", "text/csv", bytes)).with(admin()))
			.andReturn().getResponse();
		Statistics.label("upload").collect(upload.getStatus());
		if (upload.getStatus() != 201) {
			Refusals.assertClearRefusal(upload);
			assertThat(imports()).as("a refused file leaves no import behind").isEqualTo(importsBefore);
			return;
		}
		JsonNode draft = json.readTree(upload.getContentAsString());
		String id = draft.get("id").asString();
		List<String> columns = draft.get("columns").valueStream().map(JsonNode::asString).toList();
		MockHttpServletResponse mapping = mvc.perform(put("/api/v1/imports/{id}/mapping", id).with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("fullName", columns.get(0), "email",
						columns.get(columns.size() > 1 ? 1 : 0), "defaultPassword", "Generated-Input-2026"))))
			.andReturn().getResponse();
		if (mapping.getStatus() != 200) {
			Refusals.assertClearRefusal(mapping);
			return;
		}
		MockHttpServletResponse rows = mvc.perform(get("/api/v1/imports/{id}/rows", id).with(admin()))
			.andReturn().getResponse();
		assertThat(rows.getStatus()).as(rows.getContentAsString()).isEqualTo(200);
	}

	private RequestPostProcessor admin() {
		return user(users.loadUserByUsername(Api.ADMIN));
	}

	private long imports() {
		return jdbc.sql("SELECT COUNT(*) FROM import_job").query(Long.class).single();
	}

	private static Tuple2<Integer, Arbitrary<byte[]>> tuple(int weight, Arbitrary<byte[]> bytes) {
		return Tuple.of(weight, bytes);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		return concat(List.of(first, second));
	}

	private static byte[] concat(List<byte[]> parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		parts.forEach(out::writeBytes);
		return out.toByteArray();
	}

}
