package io.muster.classroom;

/**
 * How a daily re-sync ended ({@code classroom.sync.outcome.*} says it in words).
 */
enum SyncOutcome {

	/** New students were staged and the valid ones are being imported. */
	IMPORTED,

	/** Nobody new could be imported; nothing was kept and no email sent. */
	NOTHING_NEW,

	/** Google did not answer as it should; the next day tries again. */
	GOOGLE_UNAVAILABLE,

	/** Muster refused: the group or the options are no longer the administrator's to use. */
	REFUSED,

	/** Google no longer honours the grant: the schedule stopped and the administrator was told once. */
	AUTHORIZATION_LOST

}
