package io.muster.importing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An import as stored: where it came from, how its columns map, its options and its counts. Its name is
 * always a {@link DisplayName}, whatever name a file or a source gave it.
 */
record ImportJob(UUID id, long organizationId, long createdBy, String source, ImportStatus status, String fileName,
		String encoding, String separatorChar, boolean hasHeader, @Nullable String mapping, @Nullable String options,
		@Nullable String defaultPasswordHash, int total, int processed, int created, int updated, int skipped,
		int failed, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

	ImportJob {
		fileName = DisplayName.of(fileName);
	}

	ImportSummary summary() {
		return new ImportSummary(id, status, source, fileName, total, processed, created, updated, skipped, failed,
				createdAt, startedAt, finishedAt);
	}

}
