package io.muster.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import io.muster.directory.SignedInUser;
import io.muster.importing.ImportOptions;
import io.muster.importing.ImportDrafts;
import io.muster.importing.SourceRows;

/**
 * Reads the students of the classes an administrator chose from Google Classroom and hands them
 * to the import pipeline as a draft, ready to preview.
 */
@Service
class ClassroomImport {

	private static final String STUDENT = "STUDENT";

	private final ClassroomConnections connections;

	private final ClassroomApi api;

	private final ImportDrafts drafts;

	ClassroomImport(ClassroomConnections connections, ClassroomApi api, ImportDrafts drafts) {
		this.connections = connections;
		this.api = api;
		this.drafts = drafts;
	}

	/** The active classes the administrator teaches in Google Classroom. */
	List<ClassroomCourse> courses(SignedInUser admin) {
		admin.requireAdministrator();
		return connections.withToken(admin, api::courses);
	}

	/**
	 * Stages the students of the chosen classes as a draft import and returns its id.
	 */
	UUID stage(SignedInUser admin, ClassroomChoice choice) {
		admin.requireAdministrator();
		List<ClassroomProblem> problems = problems(admin, choice);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		SourceRows rows = connections.withToken(admin, token -> read(token, choice));
		return drafts.stage(admin, rows, choice.defaultPassword(), options(choice));
	}

	/**
	 * The problems of the choices that show without asking Google, each naming its field, so that
	 * the options page marks them all at once together with {@link #refusals}; empty when none.
	 */
	List<ClassroomProblem> problems(SignedInUser admin, ClassroomChoice choice) {
		admin.requireAdministrator();
		List<ClassroomProblem> problems = new ArrayList<>();
		if (choice.courseIds().isEmpty()) {
			problems.add(ClassroomProblem.badField("courseIds", "noClass"));
		}
		if (password(choice).isBlank() && !choice.generatePasswords()) {
			problems.add(ClassroomProblem.badField("defaultPassword", "noPassword"));
		}
		return problems;
	}

	/**
	 * What the import pipeline would refuse in the group, the options and the default password,
	 * each refusal on its own.
	 */
	List<ErrorResponseException> refusals(SignedInUser admin, ClassroomChoice choice) {
		return drafts.choiceRefusals(admin, options(choice), password(choice));
	}

	private static String password(ClassroomChoice choice) {
		return choice.defaultPassword() == null ? "" : choice.defaultPassword();
	}

	private static ImportOptions options(ClassroomChoice choice) {
		return new ImportOptions(choice.groupId(), null, false, false, choice.welcomeEmail(), choice.tags(),
				choice.askNewPassword(), choice.generatePasswords());
	}

	private SourceRows read(String token, ClassroomChoice choice) {
		Map<String, ClassroomCourse> taught = api.courses(token).stream()
			.collect(Collectors.toMap(ClassroomCourse::id, Function.identity(), (first, second) -> first));
		List<ClassroomCourse> chosen = new ArrayList<>();
		for (String id : choice.courseIds().stream().distinct().toList()) {
			ClassroomCourse course = taught.get(id);
			if (course == null) {
				throw ClassroomProblem.badField("courseIds", "notTaught", id);
			}
			chosen.add(course);
		}
		ClassroomRoster roster = new ClassroomRoster();
		chosen.forEach(course -> api.students(token, course.id()).forEach(student -> roster.joined(student, course)));
		for (ClassroomCourse course : chosen) {
			api.invitations(token, course.id()).stream()
				.filter(invitation -> STUDENT.equals(invitation.role()) && !roster.has(invitation.userId()))
				.forEach(invitation -> roster.invited(invitation.userId(),
						api.profile(token, invitation.userId()).orElse(null), course));
		}
		return roster.rows(chosen, choice.tagPerClass());
	}

}
