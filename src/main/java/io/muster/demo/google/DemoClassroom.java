package io.muster.demo.google;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's fixed demo world: the Google accounts and the Classroom courses of Demo School.
 *
 * <p>Alex Admin teaches 7A Biology and 7B Mathematics (two pupils in both), and the archived Chess
 * Club, but not 8C Physics of another teacher. Alex also has a private account with
 * another address, and one account has Classroom switched off. Every pupil is an account too.
 * Tests change the rosters (a student accepts an invitation, a new one joins); a reset undoes that.
 */
final class DemoClassroom {

	static final String ADMIN = "admin@demo-school.test";

	private final Map<String, GoogleAccount> accounts = new LinkedHashMap<>();

	private final List<Course> courses = new ArrayList<>();

	private final List<Invitation> invitations = new ArrayList<>();

	DemoClassroom() {
		populate();
	}

	/**
	 * Goes back to the demo world as it starts, undoing roster changes made since.
	 */
	synchronized void reset() {
		accounts.clear();
		courses.clear();
		invitations.clear();
		populate();
	}

	/**
	 * The invitee joins every class they were invited to as a student, as when they accept.
	 */
	synchronized void accept(String email) {
		GoogleAccount invitee = accountByEmail(email).orElseThrow(() -> new IllegalArgumentException(email));
		List<Invitation> accepted = invitations.stream()
			.filter(invitation -> invitation.userId().equals(invitee.id()) && invitation.role().equals("STUDENT"))
			.toList();
		if (accepted.isEmpty()) {
			throw new IllegalArgumentException(email + " has no invitation to accept");
		}
		accepted.forEach(invitation -> join(invitation.courseId(), invitee.id()));
		invitations.removeAll(accepted);
	}

	/**
	 * A new Google account that joins a class as a student.
	 */
	synchronized GoogleAccount enrol(String courseId, String givenName, String familyName, String fullName,
			String email) {
		GoogleAccount student = account(givenName, familyName, fullName, email, true);
		join(courseId, student.id());
		return student;
	}

	private void join(String courseId, String studentId) {
		Course course = course(courseId).orElseThrow(() -> new IllegalArgumentException("No course " + courseId));
		courses.set(courses.indexOf(course), new Course(course.id(), course.name(), course.section(), course.state(),
				course.ownerId(), course.enrollmentCode(), course.teacherIds(),
				concat(course.studentIds(), List.of(studentId))));
	}

	private void populate() {
		GoogleAccount alex = account("Alex", "Admin", ADMIN);
		account("Sam", "Sysadmin", "sysadmin@demo-school.test");
		account("Alex", "Admin", "alex.admin.home@gmail.test");
		account("Nora", "Noclass", "no-classroom@demo-school.test", false);
		GoogleAccount tess = account("Tess", "Teacher", "tess.teacher@demo-school.test");
		List<String> both = List.of(pupil("Mia", "Müller"), pupil("Lucas", "Núñez"));
		List<String> only7a = List.of(pupil("Ingrid", "Ødegaard"), pupil("Zoë", "Martin"), pupil("Ben", "Okafor"),
				pupil("Chloé", "Dubois"), account("Uma", "User", "user@demo-school.test").id());
		List<String> only7b = List.of(pupil("Emil", "Svensson"), pupil("Hana", "Satō"), pupil("Jonas", "Weiß"),
				pupil("Amelie", "Kovač"));
		course("700000000001", "7A Biology", "Class 7A", "ACTIVE", alex, concat(both, only7a));
		course("700000000002", "7B Mathematics", "Class 7B", "ACTIVE", alex, concat(both, only7b));
		course("700000000003", "Chess Club", null, "ARCHIVED", alex, List.of(only7a.get(0), only7b.get(0)));
		course("700000000004", "8C Physics", "Class 8C", "ACTIVE", tess, List.of(pupil("Olga", "Ivanova")));
		invitations.add(new Invitation("800000000001", pupil("Leo", "Fischer"), "700000000001", "STUDENT"));
		invitations.add(new Invitation("800000000002", pupil("Sofía", "Rossi"), "700000000001", "STUDENT"));
		invitations.add(new Invitation("800000000003", tess.id(), "700000000001", "TEACHER"));
	}

	synchronized List<GoogleAccount> accounts() {
		return List.copyOf(accounts.values());
	}

	synchronized Optional<GoogleAccount> accountByEmail(String email) {
		return Optional.ofNullable(accounts.get(email.toLowerCase(Locale.ROOT)));
	}

	synchronized Optional<GoogleAccount> accountById(String id) {
		return accounts.values().stream().filter(account -> account.id().equals(id)).findFirst();
	}

	synchronized List<Course> courses() {
		return List.copyOf(courses);
	}

	synchronized Optional<Course> course(String id) {
		return courses.stream().filter(course -> course.id().equals(id)).findFirst();
	}

	synchronized List<Invitation> invitations() {
		return List.copyOf(invitations);
	}

	private GoogleAccount account(String givenName, String familyName, String email) {
		return account(givenName, familyName, email, true);
	}

	private GoogleAccount account(String givenName, String familyName, String email, boolean classroomEnabled) {
		return account(givenName, familyName, givenName + " " + familyName, email, classroomEnabled);
	}

	private GoogleAccount account(String givenName, String familyName, String fullName, String email,
			boolean classroomEnabled) {
		String id = String.format("1000000000000000%05d", accounts.size() + 1);
		GoogleAccount account = new GoogleAccount(id, email, givenName, familyName, fullName, classroomEnabled);
		accounts.put(email, account);
		return account;
	}

	private String pupil(String givenName, String familyName) {
		String local = (ascii(givenName) + "." + ascii(familyName)).toLowerCase(Locale.ROOT);
		return account(givenName, familyName, local + "@students.demo-school.test").id();
	}

	private void course(String id, String name, @Nullable String section, String state, GoogleAccount teacher,
			List<String> students) {
		courses.add(new Course(id, name, section, state, teacher.id(), "demo" + id.substring(id.length() - 3),
				List.of(teacher.id()), students));
	}

	private static String ascii(String name) {
		String decomposed = Normalizer.normalize(name.replace("ß", "ss").replace("Ø", "O").replace("ø", "o"),
				Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "");
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

}
