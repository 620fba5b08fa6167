package io.muster.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditEntryTests {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	AuditEntryTests() {
		messages.setBasename("messages/audit");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void aChangeOfManyUsersCountsThemInTheRightForm() {
		assertThat(words("bulk.SUSPEND", "1", Locale.ENGLISH)).isEqualTo("Suspended 1 user");
		assertThat(words("bulk.SUSPEND", "1200", Locale.ENGLISH)).isEqualTo("Suspended 1,200 users");
		assertThat(words("bulk.ADD_TAG", "1", Locale.GERMAN)).isEqualTo("Hat einem Benutzer ein Tag hinzugefügt");
		assertThat(words("bulk.DELETE", "3", Locale.GERMAN)).isEqualTo("Hat 3 Benutzer gelöscht");
	}

	@Test
	void anyOtherSubjectIsShownAsItIs() {
		assertThat(words("user.DELETED", "1234", Locale.ENGLISH)).isEqualTo("Deleted the user 1234");
		assertThat(words("import.STARTED", "7a.csv", Locale.GERMAN)).isEqualTo("Hat den Import von 7a.csv gestartet");
	}

	private String words(String action, String subject, Locale locale) {
		AuditEntry entry = new AuditEntry(1, Instant.now(), "sysadmin@example.org", action, subject, "");
		return messages.getMessage("audit.action." + entry.action(), new Object[] { entry.argument() }, locale);
	}

}
