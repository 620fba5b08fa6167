package io.muster.directory;

/**
 * What a user may do, from everything in the organization down to their own account.
 */
public enum Role {

	SYSTEM_ADMIN("System Administrator"), ADMIN("Administrator"), USER("User");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isAdministrator() {
		return this != USER;
	}

}
