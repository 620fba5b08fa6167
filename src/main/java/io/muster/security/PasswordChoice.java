package io.muster.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import io.muster.directory.SignedInUser;

/**
 * Leads a person who signed in with a password someone else chose to the page where they choose
 * their own, and opens nothing else (but the page's styles and scripts, and signing out) until they
 * have. Only a sign-in with the password asks: the form's sign-in marks its session, Sign in with
 * Google does not. The person is read afresh by {@link FreshSignIn}, so the page lets go as soon
 * as the password is chosen.
 */
final class PasswordChoice extends OncePerRequestFilter {

	static final String PENDING = PasswordChoice.class.getName() + ".PENDING";

	private static final List<String> OPEN = List.of(SignedInUser.CHOOSE_PASSWORD_PAGE, "/logout", "/login", "/error",
			"/favicon.ico");

	private static final List<String> OPEN_FOLDERS = List.of("/css/", "/js/", "/img/", "/webjars/");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute(PENDING) == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!mustChoose(SecurityContextHolder.getContext().getAuthentication())) {
			session.removeAttribute(PENDING);
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (OPEN.contains(path) || OPEN_FOLDERS.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
			return;
		}
		String page = request.getContextPath() + SignedInUser.CHOOSE_PASSWORD_PAGE;
		if (request.getHeader("HX-Request") != null) {
			// A redirect would only swap the page into a part of another; htmx loads it whole.
			response.setHeader("HX-Redirect", page);
			return;
		}
		response.sendRedirect(page);
	}

	static boolean mustChoose(@Nullable Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser person
				&& person.mustChoosePassword();
	}

	/**
	 * The form's sign-in: to the saved page or home, or first to choose a password.
	 */
	static final class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			if (mustChoose(authentication)) {
				request.getSession().setAttribute(PENDING, Boolean.TRUE);
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, SignedInUser.CHOOSE_PASSWORD_PAGE);
				return;
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

}
