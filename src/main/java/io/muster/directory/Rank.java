package io.muster.directory;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.muster.web.Message;

/**
 * Who may change whom: the one rule every path asks before it touches another person's account,
 * whether a page, the API, a bulk action, a password reset or an import.
 *
 * <p>A System Administrator changes anyone of their organization. An Administrator sees the
 * accounts of the groups they manage, but changes only the plain Users among them: never another
 * Administrator, even one of the same group, and never a System Administrator. A User sees only
 * their own account. Nobody sees anything of another organization.
 *
 * <p>It holds the caller's groups as they were read once, so that an import checks a whole file
 * against one reading of the directory.
 */
public final class Rank {

	/**
	 * How far the caller reaches an account.
	 */
	public enum Reach {

		/** Out of reach: "not found", never "forbidden", so that ids reveal nothing. */
		NONE,

		/** Visible, but it belongs to someone only a System Administrator may change. */
		SEE,

		/** The caller may change it. */
		CHANGE

	}

	private final long actorId;

	private final long organizationId;

	private final Role role;

	private final Set<Long> managedGroupIds;

	public Rank(long actorId, long organizationId, Role role, Set<Long> managedGroupIds) {
		this.actorId = actorId;
		this.organizationId = organizationId;
		this.role = role;
		this.managedGroupIds = Set.copyOf(managedGroupIds);
	}

	/**
	 * How far the caller reaches an account that exists.
	 */
	public Reach over(long userId, long userOrganizationId, @Nullable Long groupId, Role userRole) {
		if (userOrganizationId != organizationId) {
			return Reach.NONE;
		}
		return switch (role) {
			case SYSTEM_ADMIN -> Reach.CHANGE;
			case ADMIN -> userId == actorId ? Reach.SEE : overMemberOf(groupId, userRole);
			case USER -> userId == actorId ? Reach.SEE : Reach.NONE;
		};
	}

	/**
	 * Someone who reaches no account but their own, as a suspended or deleted caller ranks.
	 */
	static Rank nobody(long actorId, long organizationId) {
		return new Rank(actorId, organizationId, Role.USER, Set.of());
	}

	/**
	 * Whether the caller may create an account with this role in this group (none for no group).
	 */
	public boolean mayCreate(@Nullable Long groupId, Role newRole) {
		return mayGrant(newRole) && (role == Role.SYSTEM_ADMIN || overMemberOf(groupId, newRole) == Reach.CHANGE);
	}

	/**
	 * Whether the caller may give an account this role at all, in whichever group: a System
	 * Administrator any role, an Administrator only that of a User.
	 */
	public boolean mayGrant(Role newRole) {
		return switch (role) {
			case SYSTEM_ADMIN -> true;
			case ADMIN -> newRole == Role.USER;
			case USER -> false;
		};
	}

	/**
	 * Whether the caller manages the members of this group, and so may import into it.
	 */
	public boolean managesGroup(@Nullable Long groupId) {
		return role == Role.SYSTEM_ADMIN || (role == Role.ADMIN && groupId != null && managedGroupIds.contains(groupId));
	}

	public boolean isSameOrganization(long otherOrganizationId) {
		return otherOrganizationId == organizationId;
	}

	public boolean isSystemAdmin() {
		return role == Role.SYSTEM_ADMIN;
	}

	/**
	 * Why a change to an account of this role was refused, for a caller who is no System
	 * Administrator; every path says it in the same words.
	 */
	public static Message outranked(Role role) {
		return Message.of(role == Role.SYSTEM_ADMIN ? "rank.outranked.systemAdmin" : "rank.outranked.admin");
	}

	Reach over(User user) {
		return over(user.id(), user.organizationId(), user.groupId(), user.role());
	}

	private Reach overMemberOf(@Nullable Long groupId, Role userRole) {
		if (!managesGroup(groupId)) {
			return Reach.NONE;
		}
		return userRole == Role.USER ? Reach.CHANGE : Reach.SEE;
	}

}
