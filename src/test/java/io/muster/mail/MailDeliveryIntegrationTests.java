package io.muster.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.muster.MusterApplication;
import io.muster.TestDatabase;
import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.LocalServers;
import io.muster.support.UsesTestDatabase;

/**
 * Mail is a job of the job engine: it survives a restart and goes out once SMTP answers.
 */
@UsesTestDatabase
class MailDeliveryIntegrationTests {

	@Test
	void aMessageQueuedWhileSmtpIsDownIsSentOnceAfterARestart() throws Exception {
		int smtpPort = LocalServers.freePort();
		Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", smtpPort);
		properties.put("muster.demo.password", Api.DEMO_PASSWORD);
		properties.put("muster.test.keep-datasource", "true");
		properties.put("muster.import.staging-key", TestDatabase.STAGING_KEY);

		try (ConfigurableApplicationContext first = start(properties)) {
			long school = first.getBean(OrganizationService.class).findByName("Demo School").orElseThrow().id();
			first.getBean(MailService.class).send(new Mail(school, "ada@example.org", "Hello Ada", "test-message",
					Map.of("name", "Ada <Lovelace>")));
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> jdbc.sql("SELECT attempts FROM mail_outbox").query(Integer.class).single() >= 1);
		}

		GreenMail smtp = new GreenMail(LocalServers.smtp(smtpPort));
		smtp.start();
		try (ConfigurableApplicationContext second = start(properties)) {
			assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
			MimeMessage message = smtp.getReceivedMessages()[0];
			assertThat(message.getSubject()).isEqualTo("Hello Ada");
			assertThat(GreenMailUtil.getBody(message)).contains("Ada &lt;Lovelace&gt;").contains("Hello Ada <Lovelace>");
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL").query(Long.class).single() == 1);
			assertThat(smtp.waitForIncomingEmail(3_000, 2)).as("sent only once").isFalse();
		}
		finally {
			smtp.stop();
		}
	}

	private static ConfigurableApplicationContext start(Map<String, Object> properties) {
		String[] args = properties.entrySet().stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(MusterApplication.class).web(WebApplicationType.NONE).run(args);
	}

}
