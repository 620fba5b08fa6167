package io.muster.directory;

/**
 * Something an administrator did to accounts or groups, published for the audit log once it is committed.
 *
 * @param action what was done, such as {@code user.CREATED} or {@code group.DELETED}
 * @param subject what it was done to, as a person recognises it: an email address, a group name,
 *        or how many users a bulk action changed
 */
public record DirectoryActivity(long organizationId, long actorId, String action, String subject) {
}
