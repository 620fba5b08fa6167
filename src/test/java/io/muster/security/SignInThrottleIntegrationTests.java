package io.muster.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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

	@Test
	void afterFiveWrongPasswordsEvenTheRightOneWaitsASecondThenWorks() throws Exception {
		String email = newUser();
		for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
			signIn(email, "wrong-" + i, "10.0.0.1").andExpect(redirectedUrl("/login?error"));
		}
		signIn(email, PASSWORD, "10.0.0.2").andExpect(redirectedUrl("/login?wait=1"));
		mvc.perform(get("/login").param("wait", "1"))
			.andExpect(content().string(containsString("Too many failed sign-ins for this account. Wait 1 seconds")));
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
			.andExpect(content().string(containsString("Try again in 1 seconds")));
	}

	@Test
	void manyFailuresFromOneAddressSlowDownEveryAccountTriedFromIt() throws Exception {
		for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
			signIn("nobody-" + i + "@example.org", "guess", "10.0.2.1").andExpect(redirectedUrl("/login?error"));
		}
		signIn(newUser(), PASSWORD, "10.0.2.1").andExpect(redirectedUrlPattern("/login?wait=*"));
		signIn(newUser(), PASSWORD, "10.0.2.2").andExpect(redirectedUrl("/"));
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
