package io.muster.importing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An undo's state and counts, as its progress and report show them; its rows are those the import
 * created or updated.
 */
public record UndoSummary(UUID importId, ImportStatus status, int total, int processed, int deleted, int restored,
		int kept, Instant startedAt, @Nullable Instant finishedAt) {
}
