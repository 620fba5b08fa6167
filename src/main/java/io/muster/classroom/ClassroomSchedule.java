package io.muster.classroom;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A daily re-sync of one administrator's set of classes: when (a local time in a zone), which
 * import the next run follows, and how the last run went. The default password is kept only as its
 * hash, and out of {@link #toString()}.
 *
 * @param followsImport the import whose classes and options the next run reads again
 * @param active false once stopped because Google no longer honours the grant
 */
record ClassroomSchedule(UUID id, long userId, long organizationId, ClassroomSource source, String title,
		@Nullable UUID followsImport, String passwordHash, LocalTime localTime, ZoneId zone, Locale locale,
		boolean active, Instant createdAt, @Nullable Instant lastRunAt, @Nullable SyncOutcome lastOutcome,
		int lastCount, @Nullable UUID lastImport) {

	/**
	 * The job engine's schedule for it: every day at the local time, in its zone, summer time included.
	 */
	String cron() {
		return "0 " + localTime.getMinute() + " " + localTime.getHour() + " * * *";
	}

	@Override
	public String toString() {
		return "ClassroomSchedule[id=" + id + ", userId=" + userId + ", classes=" + source.courseIds() + "]";
	}

}
