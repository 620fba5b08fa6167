package io.muster.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import io.muster.MusterApplication;
import io.muster.TestDatabase;
import io.muster.support.UsesTestDatabase;

/**
 * In production the links in mail have no default: without {@code MUSTER_BASE_URL} Muster refuses
 * to start and says what to set.
 */
@UsesTestDatabase
class ProductionStartIntegrationTests {

	@Test
	void withoutTheBaseUrlProductionRefusesToStart() {
		assertThatThrownBy(() -> start(production()).close())
			.extracting(NestedExceptionUtils::getRootCause, InstanceOfAssertFactories.THROWABLE)
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Set muster.base-url (MUSTER_BASE_URL)");
	}

	@Test
	void withTheBaseUrlProductionStartsAndLinksLeadThere() {
		Map<String, Object> properties = production();
		properties.put("muster.base-url", "https://muster.example.org");
		try (ConfigurableApplicationContext production = start(properties)) {
			assertThat(production.getBean(MailLinks.class).to("/login")).isEqualTo("https://muster.example.org/login");
		}
	}

	private static Map<String, Object> production() {
		Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
		properties.put("muster.test.keep-datasource", "true");
		properties.put("spring.profiles.active", "prod");
		properties.put("muster.import.staging-key", TestDatabase.STAGING_KEY);
		properties.put("muster.mail.outbox-key", TestDatabase.STAGING_KEY);
		return properties;
	}

	private static ConfigurableApplicationContext start(Map<String, Object> properties) {
		String[] args = properties.entrySet().stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(MusterApplication.class).web(WebApplicationType.NONE).run(args);
	}

}
