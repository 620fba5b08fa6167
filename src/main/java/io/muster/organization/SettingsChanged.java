package io.muster.organization;

/**
 * A System Administrator changed the settings of their organization, published for the audit log
 * once it is committed.
 *
 * @param organizationName the name after the change
 */
public record SettingsChanged(long organizationId, long actorId, String organizationName) {
}
