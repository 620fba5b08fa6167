package io.muster.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

import io.muster.directory.SignedInUser;
import io.muster.importing.ImportOptions;
import io.muster.importing.ImportDrafts;
import io.muster.importing.ImportReports;
import io.muster.importing.ImportStatus;
import io.muster.importing.ImportSummary;
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

	private final ImportReports reports;

	private final ClassroomSources sources;

	private final ClassroomSchedules schedules;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	ClassroomImport(ClassroomConnections connections, ClassroomApi api, ImportDrafts drafts, ImportReports reports,
			ClassroomSources sources, ClassroomSchedules schedules, TransactionTemplate transaction,
			ApplicationEventPublisher events) {
		this.transaction = transaction;
		this.events = events;
		this.connections = connections;
		this.api = api;
		this.drafts = drafts;
		this.reports = reports;
		this.sources = sources;
		this.schedules = schedules;
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
		ClassroomSource source = ClassroomSource.of(choice);
		SourceRows rows = connections.withToken(admin, token -> read(token, source));
		UUID id = drafts.stage(admin, rows, password(choice), options(choice));
		sources.save(id, source);
		return id;
	}

	/**
	 * What checking an earlier Classroom import for new students would read: its classes, and
	 * whether a default password is kept for them (by a daily re-sync) or must be typed again.
	 * Refused for an import the administrator may not see, and for one whose classes Muster does not know.
	 */
	ResyncBasis resyncBasis(SignedInUser admin, UUID previousId) {
		ImportSummary previous = reports.summary(admin, previousId);
		ClassroomSource source = sources.find(previousId).orElseThrow(ClassroomProblem::notResyncable);
		return new ResyncBasis(previous, source, schedules.keptPasswordHash(admin.id(), source).isPresent());
	}

	/**
	 * The administrator's finished Classroom imports whose classes can be read again, newest first.
	 */
	List<ImportSummary> resyncable(SignedInUser admin) {
		return reports.list(admin).stream()
			.filter(summary -> summary.status() == ImportStatus.COMPLETED && "CLASSROOM".equals(summary.source()))
			.filter(summary -> sources.find(summary.id()).isPresent())
			.toList();
	}

	/**
	 * Reads the classes of an earlier import again and stages, as a new draft linked to it, the
	 * students who are new or have joined since, with its options; the default password is the one
	 * typed, else the one kept for the daily re-sync of the same classes.
	 */
	UUID resync(SignedInUser admin, UUID previousId, @Nullable String typedPassword) {
		ResyncBasis basis = resyncBasis(admin, previousId);
		String typed = typedPassword == null || typedPassword.isEmpty() ? null : typedPassword;
		String kept = typed == null ? schedules.keptPasswordHash(admin.id(), basis.source()).orElse(null) : null;
		if (typed == null && kept == null) {
			throw ClassroomProblem.badField("defaultPassword", "passwordAgain");
		}
		SourceRows rows = connections.withToken(admin, token -> read(token, basis.source()));
		UUID id = drafts.restage(admin, previousId, rows, typed, kept);
		transaction.executeWithoutResult(status -> {
			sources.save(id, basis.source());
			events.publishEvent(new ClassroomActivity(admin.organizationId(), admin.id(),
					ClassroomActivity.Kind.RESYNCED, basis.previous().fileName()));
		});
		return id;
	}

	/**
	 * Reads the classes again for a daily check and stages the news as a draft following
	 * {@code previousId}; the check records its run in the audit log itself.
	 */
	UUID resync(SignedInUser admin, UUID previousId, ClassroomSource source, String keptHash) {
		SourceRows rows = connections.withToken(admin, token -> read(token, source));
		UUID id = drafts.restage(admin, previousId, rows, null, keptHash);
		sources.save(id, source);
		return id;
	}

	/**
	 * An earlier import to check again: its summary, its classes, and whether a default password is
	 * kept for them.
	 */
	record ResyncBasis(ImportSummary previous, ClassroomSource source, boolean passwordKept) {
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

	private SourceRows read(String token, ClassroomSource source) {
		Map<String, ClassroomCourse> taught = api.courses(token).stream()
			.collect(Collectors.toMap(ClassroomCourse::id, Function.identity(), (first, second) -> first));
		List<ClassroomCourse> chosen = new ArrayList<>();
		for (String id : source.courseIds().stream().distinct().toList()) {
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
		return roster.rows(chosen, source.tagPerClass());
	}

}
