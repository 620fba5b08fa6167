package io.muster.demo.google;

/**
 * An emulated Google account: the id Google uses as {@code sub} and as the Classroom user id.
 */
record GoogleAccount(String id, String email, String givenName, String familyName, boolean classroomEnabled) {

	String fullName() {
		return givenName + " " + familyName;
	}

}
