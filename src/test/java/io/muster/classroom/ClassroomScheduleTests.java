package io.muster.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.kagkarlsson.scheduler.task.schedule.PersistentCronSchedule;

/**
 * A daily check keeps to its local time in its zone, summer time or not, and one set of classes is
 * one value however it was chosen.
 */
class ClassroomScheduleTests {

	@Test
	void theTimeOfDayStaysTheSameAcrossTheChangeToSummerTime() {
		ClassroomSchedule schedule = schedule(LocalTime.of(7, 30), "Europe/Berlin");
		PersistentCronSchedule daily = new PersistentCronSchedule(schedule.cron(), schedule.zone());

		assertThat(schedule.cron()).isEqualTo("0 30 7 * * *");
		assertThat(daily.getSchedule().getInitialExecutionTime(Instant.parse("2026-03-28T12:00:00Z")))
			.as("the first day of summer time, 07:30 in Berlin").isEqualTo(Instant.parse("2026-03-29T05:30:00Z"));
		assertThat(daily.getSchedule().getInitialExecutionTime(Instant.parse("2026-03-27T12:00:00Z")))
			.as("the last day of winter time").isEqualTo(Instant.parse("2026-03-28T06:30:00Z"));
	}

	@Test
	void oneSetOfClassesIsOneValueInWhateverOrderItWasChosen() {
		ClassroomChoice chosen = new ClassroomChoice(List.of("700000000002", "700000000001", "700000000002"), 1L, false,
				"Classroom-Start-2026", List.of(), true, null, false);

		assertThat(ClassroomSource.of(chosen)).isEqualTo(ClassroomSource.stored("700000000001,700000000002", true));
		assertThat(ClassroomSource.of(chosen).storedIds()).isEqualTo("700000000001,700000000002");
	}

	private static ClassroomSchedule schedule(LocalTime time, String zone) {
		return new ClassroomSchedule(UUID.randomUUID(), 1, 1, new ClassroomSource(List.of("700000000001"), false),
				"Google Classroom: 7A Biology", null, "hash", time, ZoneId.of(zone), Locale.ENGLISH, true, Instant.now(),
				null, null, 0, null);
	}

}
