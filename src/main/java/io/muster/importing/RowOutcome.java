package io.muster.importing;

/**
 * What became of a row once the import processed it; every row ends with exactly one.
 */
public enum RowOutcome {

	CREATED, UPDATED, SKIPPED, FAILED,

	/** An account of the group that a file which is the whole group left out, suspended or moved. */
	SUSPENDED, MOVED;

	/**
	 * Whether the row was meant to change something and did not.
	 */
	public boolean problem() {
		return this == SKIPPED || this == FAILED;
	}

}
