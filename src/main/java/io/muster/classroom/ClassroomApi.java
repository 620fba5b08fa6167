package io.muster.classroom;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The four Classroom API calls Muster makes, every page of each, with Google's refusals turned
 * into messages and its passing troubles (429, 5xx, no answer) retried with backoff and jitter,
 * a bounded number of times.
 */
@Component
class ClassroomApi {

	private static final Logger log = LoggerFactory.getLogger(ClassroomApi.class);

	private static final int MAX_ATTEMPTS = 4;

	private static final int MAX_PAGES = 1000;

	private final GoogleEndpoints google;

	private final RestClient rest;

	private final long retryDelayMillis;

	ClassroomApi(GoogleEndpoints google, @Value("${muster.google.retry-delay:500ms}") Duration retryDelay) {
		this.google = google;
		this.rest = GoogleEndpoints.restClient();
		this.retryDelayMillis = retryDelay.toMillis();
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

	/** A person's profile: their name and, with the emails scope, their email address. */
	Profile profile(String token, String userId) {
		return get(token, uri("/v1/userProfiles/{id}"), null, Profile.class, userId);
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
		for (int attempt = 1;; attempt++) {
			try {
				T body = rest.get().uri(target).headers(headers -> headers.setBearerAuth(token)).retrieve().body(type);
				if (body == null) {
					throw ClassroomProblem.unavailable("Google Classroom sent an empty answer. Try again in a few minutes.");
				}
				return body;
			}
			catch (HttpClientErrorException.Unauthorized ex) {
				throw new TokenRejected();
			}
			catch (HttpClientErrorException.Forbidden ex) {
				throw refused(ex);
			}
			catch (HttpClientErrorException.NotFound ex) {
				throw ClassroomProblem.badField("courseIds", "Class not found",
						"Google Classroom does not know one of the chosen classes any more. Reload the page and choose again.");
			}
			catch (HttpClientErrorException.TooManyRequests | HttpServerErrorException | ResourceAccessException ex) {
				if (attempt == MAX_ATTEMPTS) {
					throw ClassroomProblem.unavailable("Google Classroom did not answer after " + MAX_ATTEMPTS
							+ " tries (" + reason(ex) + "). Nothing was imported; try again in a few minutes.");
				}
				log.warn("Google Classroom answered {} (try {} of {}); trying again", reason(ex), attempt, MAX_ATTEMPTS);
				pause(attempt);
			}
		}
	}

	private static ClassroomProblem refused(RestClientResponseException ex) {
		String body = ex.getResponseBodyAsString();
		if (body.contains("@ClassroomApiDisabled") || body.contains("@ClassroomDisabled")) {
			return ClassroomProblem.classroomOff();
		}
		return ClassroomProblem.missingAccess("your classes and their rosters");
	}

	private static String reason(Exception ex) {
		return ex instanceof RestClientResponseException response ? "HTTP " + response.getStatusCode().value()
				: "no answer";
	}

	private void pause(int attempt) {
		long delay = retryDelayMillis * (1L << (attempt - 1));
		long jitter = ThreadLocalRandom.current().nextLong(retryDelayMillis + 1);
		try {
			Thread.sleep(delay + jitter);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw ClassroomProblem.unavailable("Reading from Google Classroom was interrupted. Try again.");
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
