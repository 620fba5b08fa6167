/**
 * Users, groups, roles, tags and passwords: who exists in an organization and who may manage whom.
 *
 * <p>A {@link io.muster.directory.Role#SYSTEM_ADMIN} manages every group of the organization, an
 * {@link io.muster.directory.Role#ADMIN} only the groups they are an administrator of, and a
 * {@link io.muster.directory.Role#USER} only their own account.
 */
@org.jspecify.annotations.NullMarked
package io.muster.directory;
