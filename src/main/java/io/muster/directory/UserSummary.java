package io.muster.directory;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A user as other modules and the API see them; it never carries a password or its hash. The
 * version goes back with a change, so that a change made meanwhile is not overwritten.
 *
 * @param mustChoosePassword whether the person is asked for a password of their own at their next
 *        sign-in with email and password
 */
public record UserSummary(long id, long organizationId, String fullName, @Nullable String firstName,
		@Nullable String lastName, String email, Role role, @Nullable Long groupId, UserStatus status,
		Set<String> tags, Instant createdAt, int version, boolean mustChoosePassword) {
}
