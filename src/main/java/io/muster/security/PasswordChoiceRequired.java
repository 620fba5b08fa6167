package io.muster.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.muster.web.ApiProblems;

/**
 * Refuses (403, with a problem that says what to do) an API call, by password or by token, of a
 * person who must first choose a password of their own: until they have, the password they have is
 * one someone else knows.
 */
final class PasswordChoiceRequired extends OncePerRequestFilter {

	private final ApiProblems problems;

	PasswordChoiceRequired(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (PasswordChoice.mustChoose(SecurityContextHolder.getContext().getAuthentication())) {
			problems.write(response, problems.problem(HttpStatus.FORBIDDEN, "password-choice-required"));
			return;
		}
		chain.doFilter(request, response);
	}

}
