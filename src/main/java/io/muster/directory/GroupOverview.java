package io.muster.directory;

/**
 * A group with how many users it has, for the list of groups.
 */
public record GroupOverview(long id, String name, long memberCount) {
}
