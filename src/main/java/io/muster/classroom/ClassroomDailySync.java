package io.muster.classroom;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.muster.directory.SignedInUser;
import io.muster.importing.ImportDrafts;
import io.muster.importing.ImportStatus;

/**
 * Keeping classes in step: an administrator switches on a daily re-sync of the classes of an import
 * they made from Google Classroom, at a time of their day, sees when it runs and how it went, and
 * stops it. Off until switched on.
 */
@Service
class ClassroomDailySync {

	private final ClassroomImport classroom;

	private final ClassroomConnections connections;

	private final ClassroomSchedules schedules;

	private final DailySyncTask task;

	private final ImportDrafts drafts;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	ClassroomDailySync(ClassroomImport classroom, ClassroomConnections connections, ClassroomSchedules schedules,
			DailySyncTask task, ImportDrafts drafts, TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.classroom = classroom;
		this.connections = connections;
		this.schedules = schedules;
		this.task = task;
		this.drafts = drafts;
		this.transaction = transaction;
		this.events = events;
	}

	/**
	 * Switches on the daily re-sync of an import's classes, in place of one the administrator had
	 * for the same classes; its default password is checked and kept only as a hash.
	 */
	DailySchedule switchOn(SignedInUser admin, @Nullable UUID importId, @Nullable String time, @Nullable String zone,
			@Nullable String defaultPassword, Locale locale) {
		admin.requireAdministrator();
		if (importId == null) {
			throw ClassroomProblem.badField("importId", "noImport");
		}
		ClassroomImport.ResyncBasis basis = classroom.resyncBasis(admin, importId);
		if (basis.previous().status() != ImportStatus.COMPLETED) {
			throw ClassroomProblem.notResyncable();
		}
		connections.connection(admin).orElseThrow(ClassroomProblem::notConnected);
		LocalTime localTime = time(time);
		ZoneId zoneId = zone(zone);
		if (defaultPassword == null || defaultPassword.isBlank()) {
			throw ClassroomProblem.badField("defaultPassword", "noPassword");
		}
		String hash = drafts.defaultPasswordHash(admin, defaultPassword);
		ClassroomSchedule schedule = new ClassroomSchedule(UUID.randomUUID(), admin.id(), admin.organizationId(),
				basis.source(), basis.previous().fileName(), importId, hash, localTime, zoneId,
				locale, true, Instant.now(), null, null, 0, null);
		transaction.executeWithoutResult(status -> {
			schedules.find(admin.id(), basis.source()).ifPresent(earlier -> task.cancel(earlier.id()));
			schedules.replace(schedule);
			task.schedule(schedule);
			audit(admin, ClassroomActivity.Kind.SCHEDULED, schedule);
		});
		return view(schedule);
	}

	/** The administrator's daily re-syncs, each with its next run and how the last one went. */
	List<DailySchedule> schedules(SignedInUser admin) {
		admin.requireAdministrator();
		return schedules.of(admin.id()).stream().map(this::view).toList();
	}

	/** Stops a daily re-sync and forgets it, with the password hash it kept. */
	void stop(SignedInUser admin, UUID id) {
		admin.requireAdministrator();
		ClassroomSchedule schedule = schedules.find(id).filter(found -> found.userId() == admin.id())
			.orElseThrow(() -> new ClassroomProblem.NotFound("scheduleNotFound"));
		transaction.executeWithoutResult(status -> {
			task.cancel(id);
			schedules.delete(id);
			audit(admin, ClassroomActivity.Kind.UNSCHEDULED, schedule);
		});
	}

	private DailySchedule view(ClassroomSchedule schedule) {
		return new DailySchedule(schedule.id(), schedule.title(), schedule.source().courseIds(),
				schedule.localTime().toString(), schedule.zone().getId(), schedule.active(),
				schedule.active() ? task.nextRun(schedule.id()).orElse(null) : null, schedule.lastRunAt(),
				schedule.lastOutcome(), schedule.lastCount(), schedule.lastImport());
	}

	/** A time of day as a time field sends it, to the minute. */
	private static LocalTime time(@Nullable String time) {
		try {
			return LocalTime.parse(time == null ? "" : time.strip()).withSecond(0).withNano(0);
		}
		catch (RuntimeException ex) {
			throw ClassroomProblem.badField("time", "time");
		}
	}

	private static ZoneId zone(@Nullable String zone) {
		try {
			return ZoneId.of(zone == null ? "" : zone);
		}
		catch (RuntimeException ex) {
			throw ClassroomProblem.badField("zone", "zone");
		}
	}

	private void audit(SignedInUser admin, ClassroomActivity.Kind kind, ClassroomSchedule schedule) {
		events.publishEvent(new ClassroomActivity(admin.organizationId(), admin.id(), kind,
				schedule.title() + " (" + schedule.localTime() + " " + schedule.zone().getId() + ")"));
	}

	/**
	 * A daily re-sync as the page and the API show it; never the password hash.
	 *
	 * @param nextRun when it runs next, in UTC; null once stopped
	 * @param lastCount how many new students the last run imported
	 */
	record DailySchedule(UUID id, String classes, List<String> courseIds, String time, String zone, boolean active,
			@Nullable Instant nextRun, @Nullable Instant lastRun, @Nullable SyncOutcome lastOutcome, int lastCount,
			@Nullable UUID lastImport) {
	}

}
