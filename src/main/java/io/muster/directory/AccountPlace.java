package io.muster.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Where an account stands right now, read under a lock just before an import suspends or moves it:
 * what it was before is what an undo puts back.
 */
@NamedInterface("importer")
public record AccountPlace(long userId, @Nullable Long groupId, UserStatus status, Role role) {
}
