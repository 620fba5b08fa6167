package io.muster.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.muster.directory.AccountRules;
import io.muster.importing.ColumnMapping;
import io.muster.importing.SourceTable;

/**
 * The students of the chosen classes, each once however many of the classes they are in: those
 * who joined, and those only invited, who are listed with the reason they will not be imported.
 */
final class ClassroomRoster {

	static final String SOURCE = "CLASSROOM";

	private static final List<String> COLUMNS = List.of("First name", "Last name", "Email", "Classes", "Note");

	private static final int MAX_TITLE = 200;

	private final Map<String, Entry> students = new LinkedHashMap<>();

	void joined(ClassroomApi.Student student, ClassroomCourse course) {
		entry(student.userId(), student.profile()).joined.add(className(course));
	}

	boolean has(String userId) {
		return students.containsKey(userId) && !students.get(userId).joined.isEmpty();
	}

	void invited(ClassroomApi.Profile profile, ClassroomCourse course) {
		entry(profile.id(), profile).invited.add(className(course));
	}

	/**
	 * The roster as rows for the import: the class names go into a column that becomes tags when
	 * the administrator asked for one tag per class.
	 */
	SourceTable table(List<ClassroomCourse> courses, boolean tagPerClass) {
		List<List<String>> rows = new ArrayList<>(students.size());
		students.values().forEach(entry -> rows.add(entry.row()));
		ColumnMapping mapping = new ColumnMapping(null, "First name", "Last name", "Email",
				tagPerClass ? "Classes" : null, null, "Note");
		return new SourceTable(SOURCE, title(courses), COLUMNS, rows, mapping);
	}

	private Entry entry(String userId, ClassroomApi.@Nullable Profile profile) {
		return students.computeIfAbsent(userId, id -> new Entry(profile));
	}

	private static String title(List<ClassroomCourse> courses) {
		String title = "Google Classroom: " + String.join(", ", courses.stream().map(ClassroomCourse::title).toList());
		return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
	}

	private static String className(ClassroomCourse course) {
		return AccountRules.asOneTag(course.title());
	}

	private static final class Entry {

		private final String firstName;

		private final String lastName;

		private final String email;

		private final Set<String> joined = new LinkedHashSet<>();

		private final Set<String> invited = new LinkedHashSet<>();

		Entry(ClassroomApi.@Nullable Profile profile) {
			ClassroomApi.Name name = profile == null ? null : profile.name();
			String given = name == null || name.givenName() == null ? "" : name.givenName();
			String family = name == null || name.familyName() == null ? "" : name.familyName();
			if (given.isBlank() && family.isBlank() && name != null && name.fullName() != null) {
				given = name.fullName();
			}
			this.firstName = given;
			this.lastName = family;
			this.email = profile == null || profile.emailAddress() == null ? "" : profile.emailAddress();
		}

		List<String> row() {
			Set<String> classes = joined.isEmpty() ? invited : joined;
			return List.of(firstName, lastName, email, String.join("; ", classes), note());
		}

		private String note() {
			if (joined.isEmpty()) {
				return "Only invited to " + String.join(", ", invited)
						+ ", not joined yet: Google Classroom does not count them as active.";
			}
			return email.isEmpty() ? "Google did not share this student's email address." : "";
		}

	}

}
