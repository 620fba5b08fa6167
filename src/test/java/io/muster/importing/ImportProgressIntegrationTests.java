package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.muster.support.Api;
import io.muster.support.DemoGroups;

/**
 * What the progress bar of a class-sized import shows while it runs: "Running" as soon as the job
 * engine picks it, and counts that move before the end, not a jump from waiting to complete.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class ImportProgressIntegrationTests {

	private static final int CLASS = 30;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClassOfThirtyShowsRunningAndMovesBeforeItEnds() {
		RestTestClient sysadmin = Api.as(port, Api.SYSADMIN);
		String run = UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = new StringBuilder("Name,Email,Password\n");
		for (int i = 0; i < CLASS; i++) {
			// A password each, so that every chunk hashes and the run lasts long enough to be watched.
			csv.append("Pupil ").append(i).append(",pupil").append(i).append('.').append(run)
				.append("@example.org,Pupil-Pass-").append(i).append("-2026\n");
		}
		UUID id = Api.upload(sysadmin, "class.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
			.expectStatus().isCreated().expectBody(UploadResult.class).returnResult().getResponseBody().id();
		sysadmin.put().uri("/api/v1/imports/{id}/mapping", id).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("fullName", "Name", "email", "Email", "password", "Password")).exchange().expectStatus().isOk();
		sysadmin.put().uri("/api/v1/imports/{id}/options", id).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("groupId", DemoGroups.id(jdbc, "Class 7A"))).exchange().expectStatus().isOk();
		sysadmin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();

		List<Integer> whileRunning = watch(id);

		assertThat(whileRunning).as("counts seen while Running").isNotEmpty().isSorted();
		assertThat(whileRunning.stream().distinct().filter(processed -> processed > 0 && processed < CLASS))
			.as("counts between the start and the end").hasSizeGreaterThanOrEqualTo(3);
	}

	/**
	 * The processed counts seen while the import said Running, polled as a progress page would, only
	 * much faster, until it completed.
	 */
	private List<Integer> watch(UUID id) {
		List<Integer> whileRunning = new ArrayList<>();
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (System.nanoTime() < deadline) {
			Map<String, Object> job = jdbc.sql("SELECT status, processed FROM import_job WHERE id = :id").param("id", id)
				.query().singleRow();
			String status = String.valueOf(job.get("status"));
			if (status.equals("COMPLETED")) {
				return whileRunning;
			}
			if (status.equals("RUNNING")) {
				whileRunning.add(((Number) job.get("processed")).intValue());
			}
			pause();
		}
		throw new AssertionError("import " + id + " did not complete in two minutes");
	}

	private static void pause() {
		try {
			Thread.sleep(5);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
