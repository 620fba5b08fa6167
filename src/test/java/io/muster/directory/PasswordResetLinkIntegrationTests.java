package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.muster.organization.OrganizationService;
import io.muster.support.Api;
import io.muster.support.LocalServers;

/**
 * With an SMTP server configured, a reset mails a link and the administrator never sees a password.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class PasswordResetLinkIntegrationTests {

	private static final String OLD_PASSWORD = "Violet-Harbour-71";

	private static final String NEW_PASSWORD = "Amber-Lighthouse-93";


	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			LocalServers.smtp())
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

	@Test
	void theUserChoosesTheirNewPasswordThroughAMailedLinkThatWorksOnce() throws Exception {
		UserSummary user = directory.createUser(new NewUser(organizations.findByName("Demo School").orElseThrow().id(),
				PersonName.full("Linda Link"), "linda.link@example.org", Role.USER, null, Set.of(), OLD_PASSWORD));
		mvc.perform(post("/users/{id}/password-reset", user.id()).with(csrf()).cookie(signIn(Api.SYSADMIN, Api.DEMO_PASSWORD)))
			.andExpect(redirectedUrl("/users/" + user.id()))
			.andExpect(flash().attribute("notice", "We sent linda.link@example.org a link to choose a new password."));
		assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getSubject()).isEqualTo("Choose a new password for Muster");
		Matcher link = Pattern.compile("http://localhost:8080(/password/set\\?token=[\\w-]+)").matcher(GreenMailUtil.getBody(mail));
		assertThat(link.find()).isTrue();
		String token = link.group(1).substring(link.group(1).indexOf('=') + 1);

		mvc.perform(post("/login").with(csrf()).param("email", user.email()).param("password", OLD_PASSWORD))
			.andExpect(unauthenticated());
		mvc.perform(get(link.group(1))).andExpect(content().string(containsString("Choose a new password")));
		mvc.perform(post("/password/set").with(csrf()).param("token", token).param("password", "short"))
			.andExpect(content().string(containsString("Password is too short")));
		mvc.perform(post("/password/set").with(csrf()).param("token", token).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login"));
		signIn(user.email(), NEW_PASSWORD);
		mvc.perform(get(link.group(1))).andExpect(content().string(containsString("This link is not valid any more")));
	}

	@Test
	void aPasswordChosenThroughTheLinkIsTheirOwnSoNothingAsksAgain() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		UserSummary user = directory.createUser(new NewUser(organizations.findByName("Demo School").orElseThrow().id(),
				PersonName.full("Lena Linked"), "lena.linked@example.org", Role.USER, null, Set.of(), OLD_PASSWORD));
		mvc.perform(post("/users/{id}/password-reset", user.id()).with(csrf()).param("askNewPassword", "true")
			.cookie(signIn(Api.SYSADMIN, Api.DEMO_PASSWORD))).andExpect(redirectedUrl("/users/" + user.id()));
		assertThat(directory.findById(user.id()).orElseThrow().mustChoosePassword()).isTrue();
		assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
		Matcher link = Pattern.compile("/password/set\\?token=([\\w-]+)")
			.matcher(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]));
		assertThat(link.find()).isTrue();
		// The other test reads the first mail it finds as its own.
		smtp.purgeEmailFromAllMailboxes();

		mvc.perform(post("/password/set").with(csrf()).param("token", link.group(1)).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login"));
		assertThat(directory.findById(user.id()).orElseThrow().mustChoosePassword()).isFalse();
		mvc.perform(post("/login").with(csrf()).param("email", user.email()).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	private Cookie signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
			.andExpect(authenticated())
			.andReturn().getResponse().getCookie("SESSION");
	}

}
