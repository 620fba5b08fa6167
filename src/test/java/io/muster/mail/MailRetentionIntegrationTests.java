package io.muster.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import io.muster.organization.OrganizationService;
import io.muster.support.Api;

/**
 * Old delivered mail is forgotten by a job of the job engine; mail still waiting for an SMTP
 * server stays until it is sent, unless there is no SMTP server to send it.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@Transactional
class MailRetentionIntegrationTests {

	@Autowired
	MailService mail;

	@Autowired
	Outbox outbox;

	@Autowired
	OrganizationService organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deliveredMailIsForgottenAfterTheRetentionPeriod() {
		long delivered = queue("delivered@example.org");
		long waiting = queue("waiting@example.org");
		outbox.markSent(delivered);
		assertThat(outbox.find(delivered).orElseThrow().textBody()).as("erased once delivered").isNull();

		assertThat(outbox.purge(Instant.now().minusSeconds(3600), false)).isZero();
		assertThat(outbox.purge(Instant.now().plusSeconds(1), false)).isEqualTo(1);
		assertThat(outbox.find(delivered)).isEmpty();
		assertThat(outbox.find(waiting)).as("an SMTP server may still take it").isPresent();

		assertThat(outbox.purge(Instant.now().plusSeconds(1), true)).isEqualTo(1);
		assertThat(outbox.find(waiting)).isEmpty();
	}

	@Test
	void thePurgeIsAJobOfTheJobEngine() {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'purge-mail'").query(Long.class)
			.single()).isEqualTo(1);
	}

	private long queue(String recipient) {
		long school = organizations.findByName("Demo School").orElseThrow().id();
		mail.send(new Mail(school, recipient, "Retention", "test-message", Map.of("name", "Ada")));
		return jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = :recipient").param("recipient", recipient)
			.query(Long.class).single();
	}

}
