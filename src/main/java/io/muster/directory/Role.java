package io.muster.directory;

/**
 * What a user may do, from everything in the organization down to their own account; the bundles
 * name each as {@code role.<name>}.
 */
public enum Role {

	SYSTEM_ADMIN, ADMIN, USER;

	public boolean isAdministrator() {
		return this != USER;
	}

}
