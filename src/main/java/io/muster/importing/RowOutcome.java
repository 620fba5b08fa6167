package io.muster.importing;

/**
 * What became of a row once the import processed it; every row ends with exactly one.
 */
public enum RowOutcome {

	CREATED, UPDATED, SKIPPED, FAILED;

	public boolean imported() {
		return this == CREATED || this == UPDATED;
	}

}
