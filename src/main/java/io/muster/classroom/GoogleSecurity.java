package io.muster.classroom;

import java.io.IOException;
import java.util.Map;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import io.muster.directory.SignIns;
import io.muster.directory.SignedInUser;
import io.muster.security.PageSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Adds Google to the pages' security: "Sign in with Google" (OpenID Connect) for everyone, and
 * the Classroom authorization for administrators, which asks Google for offline access, the
 * scopes granted before, and the administrator's own email address as the account to use.
 */
@Component
class GoogleSecurity implements PageSecurity {

	static final String NO_ACCOUNT_EMAIL = GoogleSecurity.class.getName() + ".email";

	private final GoogleRegistrations registrations;

	private final GoogleSignIn signIn;

	private final ClassroomGrants grants;

	private final SignIns signIns;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	GoogleSecurity(GoogleRegistrations registrations, GoogleSignIn signIn, ClassroomGrants grants, SignIns signIns) {
		this.registrations = registrations;
		this.signIn = signIn;
		this.grants = grants;
		this.signIns = signIns;
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		resolver.setAuthorizationRequestCustomizer(GoogleSecurity::customize);
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/oauth2/authorization/" + GoogleRegistrations.SIGN_IN, "/login/oauth2/code/*",
						"/login/google/no-account")
				.permitAll()
				.requestMatchers("/oauth2/authorization/" + GoogleRegistrations.CLASSROOM, "/classroom/**",
						"/imports/new/classroom")
				.hasAnyRole("ADMIN", "SYSTEM_ADMIN"))
			.oauth2Login(login -> login.loginPage("/login")
				.clientRegistrationRepository(registrations)
				.authorizedClientRepository(grants)
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
				.successHandler(this::signedIn)
				.failureHandler(GoogleSecurity::refused))
			.oauth2Client(client -> client.clientRegistrationRepository(registrations)
				.authorizedClientRepository(grants)
				.authorizationCodeGrant(grant -> grant.authorizationRequestResolver(resolver)));
	}

	private static void customize(OAuth2AuthorizationRequest.Builder request) {
		request.attributes(attributes -> {
			if (GoogleRegistrations.CLASSROOM.equals(attributes.get("registration_id"))) {
				request.additionalParameters(Map.of("access_type", "offline", "include_granted_scopes", "true",
						"prompt", "consent", "login_hint", signedInEmail()));
			}
			else {
				request.additionalParameters(Map.of("prompt", "select_account"));
			}
		});
	}

	private static String signedInEmail() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.getPrincipal() instanceof SignedInUser user ? user.email() : "";
	}

	/**
	 * Signs the person in as their Muster user, the same principal a password sign-in gives, so
	 * that every page treats both alike.
	 */
	private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		SignedInUser user = ((GoogleSignIn.Member) authentication.getPrincipal()).user();
		signIns.signedIn(user.id());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		response.sendRedirect(request.getContextPath() + "/");
	}

	private static void refused(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof OAuth2AuthenticationException oauth
				&& GoogleSignIn.NO_ACCOUNT.equals(oauth.getError().getErrorCode())) {
			request.getSession().setAttribute(NO_ACCOUNT_EMAIL, oauth.getError().getDescription());
			response.sendRedirect(request.getContextPath() + "/login/google/no-account");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?google");
	}

}
