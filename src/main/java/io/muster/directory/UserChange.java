package io.muster.directory;

import org.jspecify.annotations.Nullable;

/**
 * A change to one user; fields left null stay as they are. The version is the one the change
 * was made from, so that a change made meanwhile by someone else is not overwritten.
 *
 * @param tags tags separated by commas, semicolons or bars; an empty text removes every tag
 */
public record UserChange(@Nullable Integer version, @Nullable String fullName, @Nullable String email,
		@Nullable Long groupId, @Nullable Role role, @Nullable String tags, @Nullable UserStatus status) {
}
