package io.muster.classroom;

/**
 * An administrator connected Muster to their Google Classroom or disconnected it, checked an import
 * for new students, or switched a daily re-sync on or off, or one ran or stopped; published for the
 * audit log once it is committed.
 *
 * @param about the Google account of the connection, or the import or classes read again
 */
public record ClassroomActivity(long organizationId, long actorId, Kind kind, String about) {

	public enum Kind {

		CONNECTED, DISCONNECTED, RESYNCED, SCHEDULED, UNSCHEDULED, SYNCED, SCHEDULE_STOPPED

	}

}
