package io.muster.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.muster.support.Api;

@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@AutoConfigureMockMvc
class SignInIntegrationTests {

	private static final String SESSION = "SESSION";

	@Autowired
	MockMvc mvc;

	@Test
	void theLoginPageHasLabelledFieldsAndACsrfToken() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Sign in</h1>")))
			.andExpect(content().string(containsString("<label for=\"email\">Email address</label>")))
			.andExpect(content().string(containsString("<label for=\"password\">Password</label>")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void pagesSendSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void httpsPagesTellBrowsersToStayOnHttps() throws Exception {
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void signsInWithTheRightPasswordAndGetsANewSession() throws Exception {
		Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie(SESSION);
		MvcResult result = mvc.perform(post("/login").cookie(before).with(csrf())
				.param("email", Api.SYSADMIN).param("password", Api.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie after = result.getResponse().getCookie(SESSION);
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordShowsAClearMessageOnThePage() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("email", Api.SYSADMIN).param("password", "wrong-password"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Wrong email address or password")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("email", Api.SYSADMIN).param("password", Api.DEMO_PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void pagesSendStrangersToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theHomePageListsTheUsersAndGroupsAnAdminManages() throws Exception {
		Cookie session = signIn(Api.ADMIN);
		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcome, Alex Admin")))
			.andExpect(content().string(containsString("Class 7A")))
			.andExpect(content().string(containsString("user@demo-school.test")))
			.andExpect(content().string(not(containsString("sysadmin@demo-school.test</td>"))));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		Cookie session = signIn(Api.USER);
		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theOutboxPageIsForSystemAdministratorsOnly() throws Exception {
		mvc.perform(get("/dev/mail").cookie(signIn(Api.SYSADMIN))).andExpect(status().isOk());
		mvc.perform(get("/dev/mail").cookie(signIn(Api.ADMIN)).accept("text/html"))
			.andExpect(status().isForbidden());
	}

	private Cookie signIn(String email) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", Api.DEMO_PASSWORD))
			.andExpect(authenticated())
			.andReturn().getResponse().getCookie(SESSION);
	}

}
