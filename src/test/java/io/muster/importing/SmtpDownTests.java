package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.icegreen.greenmail.util.GreenMail;

import io.muster.support.Api;
import io.muster.support.DemoGroups;
import io.muster.support.LocalServers;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * An import ends while the mail server is down: the import is complete all the same, and its email
 * goes out once the server is back, exactly once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class SmtpDownTests {

	static final int SMTP_PORT = LocalServers.freePort();

	static GreenMail smtp;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		LocalServers.sendMailTo(registry, () -> SMTP_PORT);
	}

	@AfterAll
	static void stopMail() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void theImportCompletesAndItsEmailArrivesOnceTheServerIsBack() throws Exception {
		RestTestClient admin = Api.as(port, Api.ADMIN);
		UploadResult upload = Api.upload(admin, "smtp-down.csv", "Name,Email\nDora Down,dora.down@example.org\n"
			.getBytes(StandardCharsets.UTF_8)).expectStatus().isCreated().expectBody(UploadResult.class)
			.returnResult().getResponseBody();
		String id = upload.id().toString();
		put(admin, id, "mapping", Map.of("fullName", "Name", "email", "Email", "defaultPassword", "Mail-Down-2026"));
		put(admin, id, "options", Map.of("groupId", DemoGroups.id(jdbc, "Class 7A")));
		admin.post().uri("/api/v1/imports/{id}/start", id).exchange().expectStatus().isAccepted();
		await().atMost(Duration.ofSeconds(30)).until(() -> admin.get().uri("/api/v1/imports/{id}", id).exchange()
			.expectBody(ImportSummary.class).returnResult().getResponseBody().status() == ImportStatus.COMPLETED);

		smtp = new GreenMail(LocalServers.smtp(SMTP_PORT));
		smtp.start();
		await().atMost(Duration.ofSeconds(90)).until(() -> finishedMails() == 1);
		Thread.sleep(5_000);
		assertThat(finishedMails()).isEqualTo(1);
	}

	private static long finishedMails() throws Exception {
		return Arrays.stream(smtp.getReceivedMessages()).filter(SmtpDownTests::isFinishedMail).count();
	}

	private static boolean isFinishedMail(MimeMessage message) {
		try {
			return message.getSubject().contains("smtp-down.csv");
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void put(RestTestClient admin, String id, String step, Map<String, ?> body) {
		admin.put().uri("/api/v1/imports/{id}/" + step, id).contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange().expectStatus().isOk();
	}

}
