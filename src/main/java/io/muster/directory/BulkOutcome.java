package io.muster.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a bulk action did: how many users it changed and, after "Reset passwords", the set of
 * sign-in cards that carries their new passwords.
 */
public record BulkOutcome(int changed, @Nullable UUID cards) {
}
