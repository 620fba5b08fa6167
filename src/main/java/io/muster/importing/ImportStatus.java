package io.muster.importing;

/**
 * Where an import is in its life: a draft until started, then queued, running and finished.
 */
public enum ImportStatus {

	DRAFT, QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

	public boolean isFinished() {
		return this == COMPLETED || this == FAILED || this == CANCELLED;
	}

}
