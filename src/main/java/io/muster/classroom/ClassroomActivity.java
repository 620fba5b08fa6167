package io.muster.classroom;

/**
 * An administrator connected Muster to their Google Classroom or disconnected it, published for
 * the audit log once it is committed.
 *
 * @param googleEmail the Google account of the connection
 */
public record ClassroomActivity(long organizationId, long actorId, Kind kind, String googleEmail) {

	public enum Kind {

		CONNECTED, DISCONNECTED

	}

}
