package io.muster.importing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.muster.directory.SignedInUser;

/**
 * An import as stored: where it came from, how its columns map, its options and its counts. Its name is
 * always a {@link DisplayName}, whatever name a file or a source gave it.
 *
 * @param suspended accounts of the group suspended because a file that is the whole group left them out
 * @param moved accounts of the group moved to another group for the same reason
 * @param previousImport the import whose source this one read again (a Classroom re-sync), or null
 * @param leftOut how many people that re-read left out because they have an account already
 */
record ImportJob(UUID id, long organizationId, long createdBy, ImportSource source, ImportStatus status,
		String fileName, String encoding, String separatorChar, boolean hasHeader, @Nullable ColumnMapping mapping,
		@Nullable ImportOptions options, @Nullable String defaultPasswordHash, int total, int processed, int created,
		int updated, int skipped, int failed, int suspended, int moved, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, @Nullable UUID previousImport, int leftOut) {

	ImportJob {
		fileName = DisplayName.of(fileName);
	}

	/**
	 * A new draft of the caller's organization, not started and with nothing counted yet.
	 */
	static ImportJob draft(SignedInUser actor, ImportSource source, String fileName, String encoding,
			String separator, boolean hasHeader, @Nullable ColumnMapping mapping, @Nullable ImportOptions options,
			@Nullable String defaultPasswordHash) {
		return new ImportJob(UUID.randomUUID(), actor.organizationId(), actor.id(), source, ImportStatus.DRAFT,
				fileName, encoding, separator, hasHeader, mapping, options, defaultPasswordHash, 0, 0, 0, 0, 0, 0, 0, 0,
				Instant.now(), null, null, null, 0);
	}

	/**
	 * Whether the people this import creates or gives a new password must choose their own at first
	 * sign-in; a source without a password column gives everyone the one typed for all.
	 */
	boolean asksNewPassword() {
		return (options == null ? ImportOptions.none() : options)
			.asksNewPassword(mapping == null || mapping.password() == null);
	}

	/**
	 * This draft as a re-read of an earlier import, which left out people who have an account already.
	 */
	ImportJob following(UUID previous, int leftOutCount) {
		return new ImportJob(id, organizationId, createdBy, source, status, fileName, encoding, separatorChar,
				hasHeader, mapping, options, defaultPasswordHash, total, processed, created, updated, skipped, failed,
				suspended, moved, createdAt, startedAt, finishedAt, previous, leftOutCount);
	}

	ImportSummary summary() {
		return new ImportSummary(id, status, source.name(), fileName, total, processed, created, updated, skipped,
				failed, suspended, moved, createdAt, startedAt, finishedAt, previousImport, leftOut);
	}

}
