package io.muster.security;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import io.muster.directory.DirectoryService;
import io.muster.tokens.TokenService;
import io.muster.web.ApiProblems;

/**
 * Two ways in: scripts call {@code /api/**} with an API token (or, slower, HTTP Basic) and no
 * session (so no CSRF token is needed or accepted from cookies), people use the form login with a
 * session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The Google emulator of development and tests stands in for an outside site: open to everyone,
	 * without session or CSRF token (its pages carry the OAuth parameters in their forms).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain googleEmulatorPages(HttpSecurity http) throws Exception {
		http.securityMatcher("/google-emulator/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiProblems problems, SignInThrottle throttle, TokenService tokens)
			throws Exception {
		ProblemResponses refusals = new ProblemResponses(problems);
		http.securityMatcher("/api/**", "/actuator/prometheus")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/imports/sample.csv").permitAll()
				.requestMatchers("/actuator/prometheus").hasRole("SYSTEM_ADMIN")
				.anyRequest().authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new SignInThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChoiceRequired(problems), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(refusals))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ApiProblems problems, SignInThrottle throttle, List<PageSecurity> modules,
			DirectoryService directory) throws Exception {
		for (PageSecurity module : modules) {
			module.configure(http);
		}
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
						"/actuator/health", "/actuator/health/**", "/account/email/confirm", "/password/set")
				.permitAll()
				.requestMatchers("/organization", "/organization/**").hasRole("SYSTEM_ADMIN")
				.requestMatchers("/users", "/users/**", "/groups", "/groups/**").hasAnyRole("ADMIN", "SYSTEM_ADMIN")
				.requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**").authenticated()
				.anyRequest().authenticated())
			.addFilterBefore(new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new FreshSignIn(directory), SecurityContextHolderFilter.class)
			.addFilterAfter(new PasswordChoice(), FreshSignIn.class)
			.formLogin(form -> form.loginPage("/login").usernameParameter("email")
				.successHandler(new PasswordChoice.SignedIn())
				.failureUrl("/login?error"))
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
