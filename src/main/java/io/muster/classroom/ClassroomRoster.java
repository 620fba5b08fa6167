package io.muster.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.muster.directory.AccountRules;
import io.muster.importing.ImportSource;
import io.muster.importing.SourceRows;
import io.muster.web.Message;

/**
 * The students of the chosen classes, each once however many of the classes they are in: those
 * who joined, and those only invited, who are listed with the reason they will not be imported.
 */
final class ClassroomRoster {

	private static final int MAX_TITLE = 200;

	private final Map<String, Entry> students = new LinkedHashMap<>();

	void joined(ClassroomApi.Student student, ClassroomCourse course) {
		entry(student.userId(), student.profile()).joined.add(className(course));
	}

	boolean has(String userId) {
		return students.containsKey(userId) && !students.get(userId).joined.isEmpty();
	}

	/**
	 * A student invited to a class; Google may keep their profile hidden, and then the row says so.
	 */
	void invited(String userId, ClassroomApi.@Nullable Profile profile, ClassroomCourse course) {
		Entry entry = entry(userId, profile);
		entry.invited.add(className(course));
		entry.hidden = profile == null;
	}

	/**
	 * The roster as rows for the import: the class names become tags when the administrator asked
	 * for one tag per class.
	 */
	SourceRows rows(List<ClassroomCourse> courses, boolean tagPerClass) {
		List<SourceRows.Row> rows = new ArrayList<>(students.size());
		students.values().forEach(entry -> rows.add(entry.row(tagPerClass)));
		return new SourceRows(ImportSource.CLASSROOM, title(courses), rows);
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

		private final String fullName;

		private final String firstName;

		private final String lastName;

		private final String email;

		private final Set<String> joined = new LinkedHashSet<>();

		private final Set<String> invited = new LinkedHashSet<>();

		private boolean hidden;

		Entry(ClassroomApi.@Nullable Profile profile) {
			ClassroomApi.Name name = profile == null ? null : profile.name();
			String given = name == null || name.givenName() == null ? "" : name.givenName();
			String family = name == null || name.familyName() == null ? "" : name.familyName();
			if (given.isBlank() && family.isBlank() && name != null && name.fullName() != null) {
				given = name.fullName();
			}
			// Google's own full name is kept as it writes it: 李明, where given and family would make "明 李".
			this.fullName = name == null || name.fullName() == null ? "" : name.fullName();
			this.firstName = given;
			this.lastName = family;
			this.email = profile == null || profile.emailAddress() == null ? "" : profile.emailAddress();
		}

		SourceRows.Row row(boolean tagPerClass) {
			Set<String> classes = joined.isEmpty() ? invited : joined;
			return new SourceRows.Row(fullName, firstName, lastName, email, tagPerClass ? String.join("; ", classes) : "",
					refusal());
		}

		private @Nullable Message refusal() {
			if (hidden) {
				return Message.of("classroom.refusal.profileHidden", String.join(", ", invited));
			}
			if (joined.isEmpty()) {
				return Message.of("classroom.refusal.onlyInvited", String.join(", ", invited));
			}
			return email.isEmpty() ? Message.of("classroom.refusal.noEmail") : null;
		}

	}

}
