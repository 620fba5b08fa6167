package io.muster.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The condition under which an import's change is taken back: the account is still at the version
 * the import left it at and, when {@code notSignedInSince} is given, nobody has signed in to it
 * since. Checked by the statement that acts, so that a change or sign-in an instant before still
 * counts.
 */
@NamedInterface("importer")
public record Unchanged(long userId, int version, @Nullable Instant notSignedInSince) {
}
