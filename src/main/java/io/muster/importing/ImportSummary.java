package io.muster.importing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An import's state and counts, as the API and the progress page show them.
 *
 * @param previousImport the import whose source this one read again (a Classroom re-sync), or null
 * @param leftOut how many people that re-read left out because they have an account already
 */
public record ImportSummary(UUID id, ImportStatus status, String source, String fileName, int total, int processed,
		int created, int updated, int skipped, int failed, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, @Nullable UUID previousImport, int leftOut) {
}
