package io.muster.demo.google;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The Google emulator's state and its handle for tests: demo accounts and courses, the codes and
 * tokens it issued, and failures to inject into the Classroom API.
 *
 * <p>Everything is in memory and lost on restart: a development and test stand-in for Google,
 * there in the profile {@code demo} only.
 */
@Component
@Profile("demo")
public class GoogleEmulator {

	private final DemoClassroom classroom = new DemoClassroom();

	private final EmulatedTokens tokens = new EmulatedTokens();

	private final IdTokens idTokens = new IdTokens();

	private final Deque<Integer> failures = new ArrayDeque<>();

	private final Set<String> hiddenProfiles = new HashSet<>();

	private @Nullable AuthorizationRequest lastAuthorizationRequest;

	/**
	 * Makes the next {@code times} Classroom API calls fail with {@code httpStatus} and Google's
	 * body for it (429 RESOURCE_EXHAUSTED, 500 INTERNAL, 503 UNAVAILABLE).
	 */
	public synchronized void failNext(int httpStatus, int times) {
		HttpStatus.valueOf(httpStatus);
		for (int i = 0; i < times; i++) {
			failures.add(httpStatus);
		}
	}

	/**
	 * Keeps these accounts' profiles hidden from teachers, as Google does for some invited students:
	 * {@code userProfiles.get} answers 403 PERMISSION_DENIED for them.
	 */
	public synchronized void hideProfilesOf(String... emails) {
		hiddenProfiles.addAll(Arrays.asList(emails));
	}

	synchronized boolean hidesProfileOf(GoogleAccount account) {
		return hiddenProfiles.contains(account.email());
	}

	/**
	 * The student accepts their invitations: from now on they are a student of those classes.
	 */
	public void acceptInvitation(String email) {
		classroom.accept(email);
	}

	/**
	 * A new student joins a class, their name as Google keeps it: given, family and full name.
	 */
	public void enrol(String courseId, String givenName, String familyName, String fullName, String email) {
		classroom.enrol(courseId, givenName, familyName, fullName, email);
	}

	/** Lets every access token issued so far run out, as after an hour; refresh tokens stay good. */
	public void expireAccessTokens() {
		tokens.expireAccessTokens();
	}

	/** Revokes every token and forgets every grant, as when a user removes the app's access. */
	public void revokeAll() {
		tokens.revokeAll();
	}

	/**
	 * The scopes each account granted, keyed by "email client_id".
	 */
	public Map<String, Set<String>> grants() {
		return tokens.grants();
	}

	public Set<String> revokedTokens() {
		return tokens.revokedTokens();
	}

	public synchronized Optional<AuthorizationRequest> lastAuthorizationRequest() {
		return Optional.ofNullable(lastAuthorizationRequest);
	}

	/**
	 * An access token for a demo account without walking the consent pages, for tests of code
	 * that only calls the Classroom API; scopes may be given short ("classroom.courses.readonly").
	 */
	public String accessTokenFor(String email, String clientId, String... scopes) {
		GoogleAccount account = classroom.accountByEmail(email)
			.orElseThrow(() -> new IllegalArgumentException("No demo Google account " + email));
		Set<String> granted = Arrays.stream(scopes)
			.map(Scopes::normalize)
			.map(scope -> scope.startsWith("https://") || scope.equals(Scopes.OPENID) ? scope
					: "https://www.googleapis.com/auth/" + scope)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return tokens.accessToken(account, clientId, granted, null).value();
	}

	/**
	 * Forgets all codes, tokens, grants, injected failures, hidden profiles, roster changes and the
	 * last authorization request.
	 */
	public synchronized void reset() {
		tokens.reset();
		classroom.reset();
		failures.clear();
		hiddenProfiles.clear();
		lastAuthorizationRequest = null;
	}

	DemoClassroom classroom() {
		return classroom;
	}

	EmulatedTokens tokens() {
		return tokens;
	}

	IdTokens idTokens() {
		return idTokens;
	}

	synchronized void remember(AuthorizationRequest request) {
		lastAuthorizationRequest = request;
	}

	synchronized void failIfAsked() {
		Integer status = failures.poll();
		if (status != null) {
			throw ClassroomError.of(status);
		}
	}

}
