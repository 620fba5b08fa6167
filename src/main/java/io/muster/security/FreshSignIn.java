package io.muster.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;

/**
 * Loads the person behind a session afresh from the directory on every request, so that a change
 * of role, groups, name or email takes effect on their open sessions at once; a person suspended or
 * deleted meanwhile is signed out. One lookup by id per request buys that.
 */
final class FreshSignIn extends OncePerRequestFilter {

	private final DirectoryService directory;

	FreshSignIn(DirectoryService directory) {
		this.directory = directory;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getPrincipal() instanceof SignedInUser remembered) {
			directory.signedIn(remembered.id()).ifPresentOrElse(FreshSignIn::actAs, () -> signOut(request));
		}
		chain.doFilter(request, response);
	}

	/**
	 * Replaces the principal for this request only; the session keeps its id, which is all it needs.
	 */
	private static void actAs(SignedInUser person) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
		SecurityContextHolder.setContext(context);
	}

	private static void signOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

}
