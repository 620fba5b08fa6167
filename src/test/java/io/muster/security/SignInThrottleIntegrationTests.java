package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.muster.directory.DirectoryService;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.organization.OrganizationService;
import io.muster.support.Api;

@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class SignInThrottleIntegrationTests {

	private static final String PASSWORD = "Right-Pass-For-Tess";

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void afterFiveWrongPasswordsEvenTheRightOneWaitsASecondThenWorks() throws Exception {
		String email = newUser();
		for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
			signIn(email, "wrong-" + i, "10.0.0.1").andExpect(redirectedUrl("/login?error"));
		}
		signIn(email, PASSWORD, "10.0.0.2").andExpect(redirectedUrl("/login?wait=1"));
		mvc.perform(get("/login").param("wait", "1"))
			.andExpect(content().string(containsString("Too many failed sign-ins for this account. Wait one second")));
		Thread.sleep(1_100);
		signIn(email, PASSWORD, "10.0.0.2").andExpect(redirectedUrl("/"));
		signIn(email, "wrong-again", "10.0.0.2").andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anApiCallerWhoKeepsGuessingGets429WithRetryAfter() throws Exception {
		String email = newUser();
		for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(email, "wrong-" + i)).with(from("10.0.1.1")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(httpBasic(email, PASSWORD)).with(from("10.0.1.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(content().string(containsString("Try again in one second")));
	}

	@Test
	void manyFailuresFromOneAddressSlowDownEveryAccountTriedFromIt() throws Exception {
		for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
			signIn("nobody-" + i + "@example.org", "guess", "10.0.2.1").andExpect(redirectedUrl("/login?error"));
		}
		signIn(newUser(), PASSWORD, "10.0.2.1").andExpect(redirectedUrlPattern("/login?wait=*"));
		signIn(newUser(), PASSWORD, "10.0.2.2").andExpect(redirectedUrl("/"));
	}

	@Test
	void variantsOfOneEmailAddressShareOneCount() throws Exception {
		String email = newUser();
		List<String> variants = List.of("\u0001" + email, " " + email + "\t", email.toUpperCase(Locale.ROOT),
				"\u0000\u00a0" + email, "\u2003" + email.toUpperCase(Locale.ROOT) + "\u001f");
		for (String variant : variants) {
			signIn(variant, "wrong", "10.0.4.1").andExpect(redirectedUrl("/login?error"));
		}

		signIn(email, PASSWORD, "10.0.4.2").andExpect(redirectedUrl("/login?wait=1"));
		mvc.perform(get("/api/v1/me").with(httpBasic("\u0001" + email, PASSWORD)).with(from("10.0.4.3")))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void guessingTheCurrentPasswordOnMyAccountIsSlowedDown() throws Exception {
		String email = newUser();
		UserDetails me = users.loadUserByUsername(email);
		for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
			changePassword(me, "wrong-" + i).andExpect(content().string(containsString("current password is not correct")));
		}

		changePassword(me, PASSWORD).andExpect(content().string(containsString(
				"Your current password was typed wrong too often. Wait one second")));
		assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(email).getPassword())).as("unchanged").isTrue();
		mvc.perform(post("/account/email").with(csrf()).with(user(me)).with(from("10.0.5.1"))
			.param("newEmail", "tess-new-" + UUID.randomUUID() + "@demo-school.test").param("currentPassword", PASSWORD))
			.andExpect(content().string(containsString("typed wrong too often")));
		Thread.sleep(1_100);
		changePassword(me, PASSWORD).andExpect(redirectedUrl("/account"));
	}

	@Test
	void guessingTheCurrentPasswordThroughTheApiGets429() throws Exception {
		String email = newUser();
		for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
			changeEmailByApi(email, "wrong-" + i).andExpect(status().isBadRequest());
		}

		changeEmailByApi(email, PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(content().string(containsString("typed wrong too often. Wait one second")));
		mvc.perform(post("/api/v1/me/password").with(httpBasic(email, PASSWORD)).with(from("10.0.6.1"))
			.contentType("application/json")
			.content("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Another-Pass-For-Tess-2026\"}"))
			.andExpect(status().isTooManyRequests());
	}

	private ResultActions changePassword(UserDetails me, String currentPassword) throws Exception {
		return mvc.perform(post("/account/password").with(csrf()).with(user(me)).with(from("10.0.5.1"))
			.param("currentPassword", currentPassword).param("newPassword", "Another-Pass-For-Tess-2026"));
	}

	private ResultActions changeEmailByApi(String email, String currentPassword) throws Exception {
		return mvc.perform(post("/api/v1/me/email").with(httpBasic(email, PASSWORD)).with(from("10.0.6.1"))
			.contentType("application/json").content("{\"newEmail\":\"tess-new-" + UUID.randomUUID()
					+ "@demo-school.test\",\"currentPassword\":\"" + currentPassword + "\"}"));
	}

	private ResultActions signIn(String email, String password, String address) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(from(address)).param("email", email)
			.param("password", password));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String newUser() {
		long organization = organizations.findByName("Demo School").orElseThrow().id();
		long group = directory.createGroup(organization, "Throttle " + UUID.randomUUID()).id();
		String email = "tess-" + UUID.randomUUID() + "@demo-school.test";
		directory.createUser(new NewUser(organization, PersonName.full("Tess Throttle"), email, Role.USER, group,
				Set.of(), PASSWORD));
		return email;
	}

}
