package io.muster.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * An import that created or changed an account: which one, under what name, and when.
 */
public record ImportTouch(UUID importId, String importName, Change change, Instant changedAt) {

	/** What the import did to the account. */
	public enum Change {

		CREATED, UPDATED

	}

}
