package io.muster.importing;

import java.util.UUID;

/**
 * Something an administrator did to an import, published for the audit log once it is committed.
 */
public record ImportActivity(UUID importId, long organizationId, long actorId, Kind kind, String fileName) {

	/**
	 * What was done, in the order an import usually sees them.
	 */
	public enum Kind {

		UPLOADED, MAPPED, OPTIONS_CHOSEN, ROW_FIXED, STARTED, CANCELLED, DISCARDED, UNDO_STARTED, UNDONE

	}

}
