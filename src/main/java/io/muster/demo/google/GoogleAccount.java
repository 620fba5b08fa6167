package io.muster.demo.google;

/**
 * An emulated Google account: the id Google uses as {@code sub} and as the Classroom user id.
 *
 * <p>Public only so that the emulator's page templates can read it.
 */
public record GoogleAccount(String id, String email, String givenName, String familyName,
		boolean classroomEnabled) {

	public String fullName() {
		return givenName + " " + familyName;
	}

}
