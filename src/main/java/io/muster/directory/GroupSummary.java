package io.muster.directory;

/**
 * A group as other modules and the API see it.
 */
public record GroupSummary(long id, String name) {
}
