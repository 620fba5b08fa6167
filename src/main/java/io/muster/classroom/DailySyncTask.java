package io.muster.classroom;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.PersistentCronSchedule;

import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;
import io.muster.importing.ImportQueue;
import io.muster.importing.ImportSummary;
import io.muster.mail.Mail;
import io.muster.mail.MailLinks;
import io.muster.mail.MailService;
import io.muster.web.Message;

/**
 * The daily re-syncs as jobs of the job engine: one job per schedule, its time a cron expression in
 * the administrator's zone, kept by the engine in UTC. Each run reads the classes again, stages the
 * news, and imports what is valid when anything is; the import's completion email is then the only
 * mail, so a day without news sends none.
 *
 * <p>A grant Google no longer honours stops the schedule: the job ends, and the administrator gets
 * one email saying how to reconnect, written in the same transaction that stops it.
 */
@Configuration(proxyBeanMethods = false)
class DailySyncTask {

	static final String TASK = "classroom-daily-sync";

	private static final Logger log = LoggerFactory.getLogger(DailySyncTask.class);

	private final ClassroomSchedules schedules;

	private final ClassroomImport classroom;

	private final ImportQueue queue;

	private final DirectoryService directory;

	private final SchedulerClient scheduler;

	private final ApplicationEventPublisher events;

	private final MailService mail;

	private final MailLinks links;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final CustomTask<PersistentCronSchedule> task = Tasks.custom(TASK, PersistentCronSchedule.class)
		.execute((instance, context) -> {
			boolean goOn = run(UUID.fromString(instance.getId()));
			return (complete, operations) -> {
				if (goOn) {
					operations.reschedule(complete, instance.getData().getSchedule().getNextExecutionTime(complete));
				}
				else {
					operations.stop();
				}
			};
		});

	DailySyncTask(ClassroomSchedules schedules, ClassroomImport classroom, ImportQueue queue,
			DirectoryService directory, @Lazy SchedulerClient scheduler, ApplicationEventPublisher events,
			MailService mail, MailLinks links, MessageSource messages, TransactionTemplate transaction) {
		this.schedules = schedules;
		this.classroom = classroom;
		this.queue = queue;
		this.directory = directory;
		this.scheduler = scheduler;
		this.events = events;
		this.mail = mail;
		this.links = links;
		this.messages = messages;
		this.transaction = transaction;
	}

	@Bean
	CustomTask<PersistentCronSchedule> classroomDailySyncTask() {
		return task;
	}

	/** Puts a schedule on the job engine, first at its next time of day. */
	void schedule(ClassroomSchedule schedule) {
		PersistentCronSchedule daily = new PersistentCronSchedule(schedule.cron(), schedule.zone());
		scheduler.schedule(task.instance(schedule.id().toString(), daily),
				daily.getSchedule().getInitialExecutionTime(Instant.now()));
	}

	/** Takes a schedule off the job engine; a run under way ends by itself, finding it gone. */
	void cancel(UUID id) {
		TaskInstanceId instance = TaskInstanceId.of(TASK, id.toString());
		if (scheduler.getScheduledExecution(instance).filter(execution -> !execution.isPicked()).isPresent()) {
			scheduler.cancel(instance);
		}
	}

	Optional<Instant> nextRun(UUID id) {
		return scheduler.getScheduledExecution(TaskInstanceId.of(TASK, id.toString()))
			.map(execution -> execution.getExecutionTime());
	}

	/**
	 * One run of a schedule, as its administrator with their rights of today, in their language;
	 * false when the schedule is gone or stopped, so that the job ends.
	 */
	boolean run(UUID id) {
		ClassroomSchedule schedule = schedules.find(id).filter(ClassroomSchedule::active).orElse(null);
		if (schedule == null) {
			return false;
		}
		SignedInUser admin = directory.signedIn(schedule.userId()).orElse(null);
		if (admin == null || schedule.followsImport() == null) {
			schedules.ran(id, Instant.now(), SyncOutcome.REFUSED, 0, null);
			return true;
		}
		LocaleContextHolder.setLocale(schedule.locale());
		try {
			return resync(schedule, admin);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private boolean resync(ClassroomSchedule schedule, SignedInUser admin) {
		try {
			UUID draft = classroom.resync(admin, schedule.followsImport(), schedule.source(), schedule.passwordHash());
			Optional<ImportSummary> started = queue.startIfAnyChange(admin, draft);
			int valid = started.map(summary -> summary.total() - summary.skipped()).orElse(0);
			transaction.executeWithoutResult(status -> {
				schedules.ran(schedule.id(), Instant.now(),
						started.isPresent() ? SyncOutcome.IMPORTED : SyncOutcome.NOTHING_NEW, valid,
						started.map(ImportSummary::id).orElse(null));
				// The audit log takes what a transaction committed.
				audit(schedule, ClassroomActivity.Kind.SYNCED);
			});
			return true;
		}
		catch (ClassroomProblem ex) {
			if (ex.authorizeAgain()) {
				stopForLostGrant(schedule, admin);
				return false;
			}
			note(schedule, ex.getStatusCode().is5xxServerError() ? SyncOutcome.GOOGLE_UNAVAILABLE : SyncOutcome.REFUSED, ex);
			return true;
		}
		catch (ErrorResponseException | AccessDeniedException ex) {
			note(schedule, SyncOutcome.REFUSED, ex);
			return true;
		}
	}

	private void note(ClassroomSchedule schedule, SyncOutcome outcome, Exception ex) {
		log.info("Daily Classroom re-sync {}: {} ({})", schedule.id(), outcome, ex.getMessage());
		schedules.ran(schedule.id(), Instant.now(), outcome, 0, null);
	}

	private void stopForLostGrant(ClassroomSchedule schedule, SignedInUser admin) {
		transaction.executeWithoutResult(status -> {
			if (schedules.stopForLostGrant(schedule.id(), Instant.now())) {
				mail.send(new Mail(admin.organizationId(), admin.email(),
						Message.of("mail.classroom.reconnect.subject").in(messages, schedule.locale()), "classroom/reconnect",
						Map.of("name", admin.fullName(), "classes", schedule.title(), "classroomUrl",
								links.to("/imports/new/classroom")),
						schedule.locale()));
				audit(schedule, ClassroomActivity.Kind.SCHEDULE_STOPPED);
			}
		});
	}

	private void audit(ClassroomSchedule schedule, ClassroomActivity.Kind kind) {
		events.publishEvent(new ClassroomActivity(schedule.organizationId(), schedule.userId(), kind, schedule.title()));
	}

}
