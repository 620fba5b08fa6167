package io.muster.demo.google;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scopes the emulator knows, with the descriptions Google's consent screen shows for them.
 *
 * <p>Like Google, it answers the short identity scopes {@code email} and {@code profile} with
 * their long names in the granted scope.
 */
final class Scopes {

	static final String OPENID = "openid";

	static final String EMAIL = "https://www.googleapis.com/auth/userinfo.email";

	static final String PROFILE = "https://www.googleapis.com/auth/userinfo.profile";

	private static final String CLASSROOM = "https://www.googleapis.com/auth/classroom.";

	static final String COURSES_READONLY = CLASSROOM + "courses.readonly";

	static final String COURSES = CLASSROOM + "courses";

	static final String ROSTERS_READONLY = CLASSROOM + "rosters.readonly";

	static final String ROSTERS = CLASSROOM + "rosters";

	static final String PROFILE_EMAILS = CLASSROOM + "profile.emails";

	static final String PROFILE_PHOTOS = CLASSROOM + "profile.photos";

	static final Set<String> IDENTITY = Set.of(OPENID, EMAIL, PROFILE);

	private static final Map<String, String> DESCRIPTIONS = descriptions();

	private Scopes() {
	}

	/**
	 * The requested scopes in their long form; one Google does not know refuses them all.
	 */
	static Set<String> parse(String scope) throws UnknownScope {
		Set<String> scopes = new LinkedHashSet<>();
		for (String name : scope.trim().split("\\s+")) {
			String normal = normalize(name);
			if (!DESCRIPTIONS.containsKey(normal)) {
				throw new UnknownScope(name);
			}
			scopes.add(normal);
		}
		return scopes;
	}

	/** Google's long name of a scope: "email" and "profile" are short for the userinfo scopes. */
	static String normalize(String scope) {
		return switch (scope) {
			case "email" -> EMAIL;
			case "profile" -> PROFILE;
			default -> scope;
		};
	}

	static String description(String scope) {
		return DESCRIPTIONS.getOrDefault(scope, scope);
	}

	static boolean anyOf(Set<String> granted, String... needed) {
		return Arrays.stream(needed).anyMatch(granted::contains);
	}

	static String join(Set<String> scopes) {
		return scopes.stream().collect(Collectors.joining(" "));
	}

	private static Map<String, String> descriptions() {
		Map<String, String> descriptions = new LinkedHashMap<>();
		descriptions.put(OPENID, "Associate you with your personal info on Google");
		descriptions.put(EMAIL, "See your primary Google Account email address");
		descriptions.put(PROFILE, "See your personal info, including any personal info you've made publicly available");
		descriptions.put(COURSES_READONLY, "See your Google Classroom classes");
		descriptions.put(COURSES, "See, edit, create and permanently delete your Google Classroom classes");
		descriptions.put(ROSTERS_READONLY, "View your Google Classroom class rosters");
		descriptions.put(ROSTERS, "Manage your Google Classroom class rosters");
		descriptions.put(PROFILE_EMAILS, "View the email addresses of people in your classes");
		descriptions.put(PROFILE_PHOTOS, "View the profile photos of people in your classes");
		return Map.copyOf(descriptions);
	}

	/**
	 * A scope Google would refuse with {@code invalid_scope}.
	 */
	static final class UnknownScope extends Exception {

		UnknownScope(String scope) {
			super("Some requested scopes were invalid: " + scope);
		}

	}

}
