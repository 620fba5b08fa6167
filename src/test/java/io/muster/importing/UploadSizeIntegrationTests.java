package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import io.muster.support.Api;

/**
 * Uploads over a limit are refused by their size with the limit named, never read whole and never a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class UploadSizeIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aFileOverTheOrganizationsLimitIsRefusedWithTheLimit() {
		byte[] threeMegabytes = csvOfSize(3 * 1024 * 1024);
		Api.upload(Api.as(port, Api.ADMIN), "big.csv", threeMegabytes)
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
				.contains("3 MB", "at most 2 MB"));
	}

	@Test
	void aFileOverWhatAnyUploadMayHaveIsRefusedBeforeAnyController() {
		Api.upload(Api.as(port, Api.ADMIN), "huge.csv", csvOfSize(10 * 1024 * 1024 + 1))
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
				.isEqualTo("This file is larger than the 10 MB any upload may have. Upload a smaller file, or split it."));
	}

	private static byte[] csvOfSize(int size) {
		StringBuilder csv = new StringBuilder("Name,Email\n");
		for (int i = 0; csv.length() < size; i++) {
			csv.append("Student ").append(i).append(",student").append(i).append("@example.org\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
