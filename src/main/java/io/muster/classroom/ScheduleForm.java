package io.muster.classroom;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The form that switches on a daily re-sync: which import's classes, at what time of day, in which
 * time zone (the browser's, unless chosen), with which default password for new students.
 */
public class ScheduleForm {

	private @Nullable UUID importId;

	private String time = "07:00";

	private String zone = "UTC";

	private @Nullable String defaultPassword;

	public @Nullable UUID getImportId() {
		return importId;
	}

	public void setImportId(@Nullable UUID importId) {
		this.importId = importId;
	}

	public String getTime() {
		return time;
	}

	public void setTime(@Nullable String time) {
		this.time = time == null ? "" : time;
	}

	public String getZone() {
		return zone;
	}

	public void setZone(@Nullable String zone) {
		this.zone = zone == null ? "" : zone;
	}

	public @Nullable String getDefaultPassword() {
		return defaultPassword;
	}

	public void setDefaultPassword(@Nullable String defaultPassword) {
		this.defaultPassword = defaultPassword;
	}

}
