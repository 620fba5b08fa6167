package io.muster.demo.google;

/**
 * An emulated Google account: the id Google uses as {@code sub} and as the Classroom user id, and
 * the name as Google keeps it, the full name written as the person writes it (李明, given name 明).
 *
 * <p>Public only so that the emulator's page templates can read it.
 */
public record GoogleAccount(String id, String email, String givenName, String familyName, String fullName,
		boolean classroomEnabled) {
}
