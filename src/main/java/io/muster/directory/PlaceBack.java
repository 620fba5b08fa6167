package io.muster.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Where an account stood before a file that is the whole group suspended or moved it, to put it
 * back there when the import is undone: its status and its group.
 */
@NamedInterface("importer")
public record PlaceBack(Unchanged condition, UserStatus status, @Nullable Long groupId) {
}
