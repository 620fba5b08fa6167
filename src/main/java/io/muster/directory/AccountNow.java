package io.muster.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An account as it is now, as undoing an import needs to judge it: who may change it (through
 * {@link Rank}), its version and when its owner last signed in.
 */
@NamedInterface("importer")
public record AccountNow(long userId, long organizationId, @Nullable Long groupId, Role role, int version,
		@Nullable Instant lastSignedInAt) {

	public Rank.Reach reachOf(Rank rank) {
		return rank.over(userId, organizationId, groupId, role);
	}

	public boolean signedInSince(Instant since) {
		return lastSignedInAt != null && !lastSignedInAt.isBefore(since);
	}

}
