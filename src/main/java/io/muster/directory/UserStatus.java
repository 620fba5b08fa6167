package io.muster.directory;

/**
 * Whether a user may sign in.
 */
public enum UserStatus {

	ACTIVE, SUSPENDED

}
