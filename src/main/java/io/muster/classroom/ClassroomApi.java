package io.muster.classroom;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpClientErrorException.TooManyRequests;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.muster.web.Message;

/**
 * The four Classroom API calls Muster makes, every page of each, with Google's refusals turned
 * into problems and its passing troubles (429, 5xx, no answer) retried by Spring's
 * {@link RetryTemplate} with backoff and jitter, a bounded number of times.
 */
@Component
class ClassroomApi {

	private static final Logger log = LoggerFactory.getLogger(ClassroomApi.class);

	private static final int MAX_ATTEMPTS = 4;

	private static final int MAX_PAGES = 1000;

	/** Google's passing troubles: too many requests, a failure on its side, or no answer. */
	/** What Google says in a 403 when the token lacks a scope, as against a refusal of the data itself. */
	private static final String SCOPES_MISSING = "insufficient authentication scopes";

	private static final Predicate<Throwable> PASSING = failure -> failure instanceof TooManyRequests
			|| failure instanceof HttpServerErrorException
			|| failure instanceof ResourceAccessException;

	private final GoogleEndpoints google;

	private final RestClient rest;

	private final RetryTemplate retry;

	ClassroomApi(GoogleEndpoints google, ClassroomSettings settings) {
		this.google = google;
		this.rest = google.restClient();
		this.retry = retries(settings.retryDelay());
	}

	/** The active classes the token's owner teaches. */
	List<ClassroomCourse> courses(String token) {
		return all(page -> get(token, uri("/v1/courses").queryParam("teacherId", "me")
			.queryParam("courseStates", "ACTIVE"), page, CoursePage.class), CoursePage::courses,
				CoursePage::nextPageToken);
	}

	/** The students who have joined a class. */
	List<Student> students(String token, String courseId) {
		return all(page -> get(token, uri("/v1/courses/{id}/students"), page, StudentPage.class, courseId),
				StudentPage::students, StudentPage::nextPageToken);
	}

	/** The open invitations to a class, of students and teachers alike. */
	List<Invitation> invitations(String token, String courseId) {
		return all(page -> get(token, uri("/v1/invitations").queryParam("courseId", courseId), page,
				InvitationPage.class), InvitationPage::invitations, InvitationPage::nextPageToken);
	}

	/**
	 * A person's profile: their name and, with the emails scope, their email address; nothing when
	 * Google keeps it hidden, as it does for some invited students (403 without a scope missing).
	 */
	Optional<Profile> profile(String token, String userId) {
		try {
			return Optional.of(get(token, uri("/v1/userProfiles/{id}"), null, Profile.class, userId));
		}
		catch (ProfileHidden hidden) {
			return Optional.empty();
		}
	}

	private UriComponentsBuilder uri(String path) {
		return UriComponentsBuilder.fromUriString(google.classroomUri()).path(path);
	}

	private <P, T> List<T> all(Function<@Nullable String, P> page, Function<P, @Nullable List<T>> items,
			Function<P, @Nullable String> next) {
		List<T> all = new ArrayList<>();
		String pageToken = null;
		int pages = 0;
		do {
			P current = page.apply(pageToken);
			List<T> found = items.apply(current);
			if (found != null) {
				all.addAll(found);
			}
			pageToken = next.apply(current);
		}
		while (pageToken != null && !pageToken.isEmpty() && ++pages < MAX_PAGES);
		return all;
	}

	private <T> T get(String token, UriComponentsBuilder uri, @Nullable String pageToken, Class<T> type,
			Object... variables) {
		if (pageToken != null) {
			uri.queryParam("pageToken", pageToken);
		}
		URI target = uri.encode().buildAndExpand(variables).toUri();
		try {
			return retry.execute(() -> read(token, target, type));
		}
		catch (RetryException ex) {
			if (ex.getLastException() instanceof RuntimeException lasting && !PASSING.test(lasting)) {
				throw lasting;
			}
			if (Thread.currentThread().isInterrupted()) {
				throw ClassroomProblem.unavailable("interrupted");
			}
			throw ClassroomProblem.unavailable("afterTries", MAX_ATTEMPTS, reason(ex.getLastException()));
		}
	}

	/** One call, with Google's lasting refusals turned into what they mean; passing troubles go up. */
	private <T> T read(String token, URI target, Class<T> type) {
		try {
			T body = rest.get().uri(target).headers(headers -> headers.setBearerAuth(token)).retrieve().body(type);
			if (body == null) {
				throw ClassroomProblem.unavailable("emptyAnswer");
			}
			return body;
		}
		catch (HttpClientErrorException.Unauthorized ex) {
			throw new TokenRejected();
		}
		catch (HttpClientErrorException.Forbidden ex) {
			if (target.getPath().contains("/userProfiles/") && !ex.getResponseBodyAsString().contains(SCOPES_MISSING)) {
				throw new ProfileHidden();
			}
			throw refused(ex);
		}
		catch (HttpClientErrorException.NotFound ex) {
			throw ClassroomProblem.badField("courseIds", "classGone");
		}
	}

	private static ClassroomProblem refused(RestClientResponseException ex) {
		String body = ex.getResponseBodyAsString();
		if (body.contains("@ClassroomApiDisabled") || body.contains("@ClassroomDisabled")) {
			return ClassroomProblem.classroomOff();
		}
		return ClassroomProblem.missingAccess();
	}

	private static Message reason(Throwable ex) {
		return ex instanceof RestClientResponseException response
				? Message.of("classroom.problem.reason.status", String.valueOf(response.getStatusCode().value()))
				: Message.of("classroom.problem.reason.silent");
	}

	/**
	 * Up to {@link #MAX_ATTEMPTS} tries for Google's passing troubles (429, 5xx, no answer), with
	 * a pause that doubles from the configured delay, plus jitter of up to that delay.
	 */
	private static RetryTemplate retries(Duration delay) {
		RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(MAX_ATTEMPTS - 1)
			.delay(delay)
			.multiplier(2)
			.jitter(delay)
			.predicate(PASSING)
			.build());
		retry.setRetryListener(new RetryListener() {
			@Override
			public void onRetryFailure(RetryPolicy policy, Retryable<?> call, Throwable failure) {
				log.warn("Google Classroom answered {}; trying again", failure.getMessage());
			}
		});
		return retry;
	}

	/** Google answered 403 for a person's profile: it keeps that person hidden from this teacher. */
	static final class ProfileHidden extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ProfileHidden() {
			super("Google keeps this profile hidden", null, false, false);
		}

	}

	/** Google answered 401: the access token is no longer good, a fresh one may be. */
	static final class TokenRejected extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TokenRejected() {
			super("Google rejected the access token", null, false, false);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Student(String userId, @Nullable Profile profile) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Invitation(String id, String userId, String courseId, String role) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Profile(String id, @Nullable Name name, @Nullable String emailAddress) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Name(@Nullable String givenName, @Nullable String familyName, @Nullable String fullName) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CoursePage(@Nullable List<ClassroomCourse> courses, @Nullable String nextPageToken) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record StudentPage(@Nullable List<Student> students, @Nullable String nextPageToken) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record InvitationPage(@Nullable List<Invitation> invitations, @Nullable String nextPageToken) {
	}

}
