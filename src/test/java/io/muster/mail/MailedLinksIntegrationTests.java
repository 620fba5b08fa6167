package io.muster.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.directory.UserSummary;
import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.DatabaseDump;
import io.muster.support.LocalServers;
import io.muster.support.MailedLinks;

/**
 * The links in mail lead to {@code muster.base-url} whatever host a request names, and a dump of
 * the database taken once a reset mail was delivered opens no account, while the mailed link does.
 */
@SpringBootTest(properties = { "muster.demo.password=" + Api.DEMO_PASSWORD, "muster.base-url=https://muster.example.test",
		"server.forward-headers-strategy=framework" })
@AutoConfigureMockMvc
class MailedLinksIntegrationTests {

	private static final String BASE_URL = "https://muster.example.test/";

	private static final String PASSWORD = "Quiet-Meadow-Pass-58";


	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(LocalServers.smtp())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		LocalServers.sendMailTo(registry, () -> smtp.getSmtp().getPort());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void everyMailedLinkLeadsToTheBaseUrlWhateverHostTheRequestNames() throws Exception {
		UserSummary pupil = user("Hugo Host", "hugo.host@example.org");
		mvc.perform(hostile(post("/users/{id}/password-reset", pupil.id())).with(csrf())
				.cookie(signIn(Api.SYSADMIN, Api.DEMO_PASSWORD)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(hostile(post("/api/v1/users/{id}/password-reset", pupil.id()))
				.with(httpBasic(Api.SYSADMIN, Api.DEMO_PASSWORD)))
			.andExpect(status().isOk());
		UserSummary mover = user("Mona Move", "mona.move@example.org");
		mvc.perform(hostile(post("/account/email")).with(csrf()).cookie(signIn(mover.email(), PASSWORD))
				.param("newEmail", "mona.page@example.org").param("currentPassword", PASSWORD))
			.andExpect(status().is3xxRedirection());
		mvc.perform(hostile(post("/api/v1/me/email")).with(httpBasic(mover.email(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"newEmail\":\"mona.api@example.org\",\"currentPassword\":\"" + PASSWORD + "\"}"))
			.andExpect(status().isAccepted());

		assertThat(smtp.waitForIncomingEmail(20_000, 4)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(4);
		List<String> links = Arrays.stream(received).flatMap(message -> MailedLinks.of(message).stream()).toList();
		assertThat(links).filteredOn(link -> link.contains("token=")).hasSize(8);
		assertThat(links).allSatisfy(link -> assertThat(link).startsWith(BASE_URL));
		assertThat(Arrays.stream(received).map(MailedLinks::text)).noneMatch(text -> text.contains("evil.example"));
	}

	@Test
	void aDatabaseDumpTakenOnceAResetMailWasDeliveredHoldsNoUsableToken() throws Exception {
		UserSummary user = user("Dora Dump", "dora.dump@example.org");
		mvc.perform(post("/users/{id}/password-reset", user.id()).with(csrf())
				.cookie(signIn(Api.SYSADMIN, Api.DEMO_PASSWORD)))
			.andExpect(status().is3xxRedirection());
		assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
		String link = MailedLinks.of(smtp.getReceivedMessages()[0]).get(0);
		String token = link.substring(link.indexOf("token=") + "token=".length());
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM mail_outbox WHERE recipient = :user AND sent_at IS NOT NULL")
			.param("user", user.email()).query(Long.class).single() == 1);

		DatabaseDump dump = DatabaseDump.of(dataSource);
		assertThat(dump.containing(user.email())).as("the dump holds the outbox").isNotEmpty();
		assertThat(dump.containing(token)).isEmpty();

		assertThat(link).isEqualTo(BASE_URL + "password/set?token=" + token);
		mvc.perform(post("/password/set").with(csrf()).param("token", token).param("password", "Brand-New-Pass-2026"))
			.andExpect(redirectedUrl("/login"));
		signIn(user.email(), "Brand-New-Pass-2026");
	}

	private static MockHttpServletRequestBuilder hostile(MockHttpServletRequestBuilder request) {
		return request.header("Host", "evil.example").header("X-Forwarded-Host", "evil.example");
	}

	private UserSummary user(String name, String email) {
		long school = organizations.findByName("Demo School").orElseThrow().id();
		return directory.createUser(new NewUser(school, PersonName.full(name), email, Role.USER, null, Set.of(), PASSWORD));
	}

	private Cookie signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
			.andExpect(authenticated())
			.andReturn().getResponse().getCookie("SESSION");
	}

}
