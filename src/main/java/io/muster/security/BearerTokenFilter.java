package io.muster.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.muster.tokens.TokenAuthentication;
import io.muster.tokens.TokenCheck;
import io.muster.tokens.TokenService;
import io.muster.web.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs in an API call that brings {@code Authorization: Bearer <token>} as the token's owner,
 * for this call only; a token that does not work is answered 401 with a problem saying why
 * (malformed, unknown, expired, revoked…), and the call goes no further.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final TokenService tokens;

	private final ApiProblems problems;

	BearerTokenFilter(TokenService tokens, ApiProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		TokenCheck check = tokens.check(authorization.substring(BEARER.length()).strip());
		if (check instanceof TokenCheck.Refused refused) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Muster\", error=\"invalid_token\"");
			problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, refused.problem()));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TokenAuthentication((TokenCheck.Accepted) check));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

}
