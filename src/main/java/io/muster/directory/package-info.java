/**
 * Users, groups, roles, tags and passwords: who exists in an organization and who may manage whom.
 *
 * <p>A {@link io.muster.directory.Role#SYSTEM_ADMIN} manages every group of the organization, an
 * {@link io.muster.directory.Role#ADMIN} only the groups they are an administrator of, and a
 * {@link io.muster.directory.Role#USER} only their own account.
 *
 * <p>What a valid name, email address, set of tags or password is, and who may change whom, is
 * decided by {@link io.muster.directory.AccountRules} for every path that creates or changes an
 * account, imports included; its problems are message codes, put into words in the reader's
 * language.
 *
 * <p>Only the importer may write accounts in bulk: {@link io.muster.directory.AccountBatch} and
 * its values form the named interface {@code importer}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"web", "secrets", "organization", "mail", "cards"})
@org.jspecify.annotations.NullMarked
package io.muster.directory;
