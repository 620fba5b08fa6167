package io.muster.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Links are built from {@code muster.base-url} alone, and without a usable one Muster does not start.
 */
class MailLinksTests {

	@Test
	void linksAreBuiltFromTheBaseUrl() {
		MailLinks links = new MailLinks(new MockEnvironment().withProperty("muster.base-url", "https://muster.example.org/"));
		assertThat(links.to("/login")).isEqualTo("https://muster.example.org/login");
		assertThat(links.withToken("/password/set", "abc-_1")).isEqualTo("https://muster.example.org/password/set?token=abc-_1");
	}

	@Test
	void withoutABaseUrlMusterRefusesToStartAndSaysWhatToSet() {
		assertThatIllegalStateException().isThrownBy(() -> new MailLinks(new MockEnvironment()))
			.withMessageContaining("Set muster.base-url (MUSTER_BASE_URL)");
		assertThatIllegalStateException()
			.isThrownBy(() -> new MailLinks(new MockEnvironment().withProperty("muster.base-url", " ")))
			.withMessageContaining("Set muster.base-url");
	}

	@Test
	void aBaseUrlThatIsNoWebAddressIsRefused() {
		for (String url : new String[] { "muster.example.org", "ftp://muster.example.org", "https://x.org/?a=b" }) {
			assertThatIllegalStateException()
				.isThrownBy(() -> new MailLinks(new MockEnvironment().withProperty("muster.base-url", url)))
				.withMessageContaining("must be an http(s) address");
		}
	}

}
