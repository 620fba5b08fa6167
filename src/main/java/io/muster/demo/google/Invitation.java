package io.muster.demo.google;

/**
 * An invitation to a course that its invitee has not accepted yet; role is STUDENT or TEACHER.
 */
record Invitation(String id, String userId, String courseId, String role) {
}
