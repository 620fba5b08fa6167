package io.muster.importing;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.muster.directory.GroupMember;
import io.muster.directory.Rank;
import io.muster.directory.UserStatus;

/**
 * What a file that is the whole group does to the accounts of the group it leaves out, decided from
 * the group as it is now, without asking the database anything.
 *
 * <p>{@link Rank} decides whom the caller may change: an Administrator's import touches only plain
 * Users, and nobody's import touches their own account. Nothing is ever deleted.
 */
public record SyncPlan(List<MissingAccount> missing, SyncBrake brake) {

	public SyncPlan {
		missing = List.copyOf(missing);
	}

	/**
	 * @param fileEmails the lower-cased email of every row of the file, valid or not: an account
	 *        the file names is never missing, even when its row has a mistake
	 */
	static SyncPlan of(List<GroupMember> members, Set<String> fileEmails, SyncOption option, Rank rank, long actorId,
			long organizationId, long groupId, int limitPercent) {
		SyncOption.Missing chosen = option.missingOrLeave();
		List<MissingAccount> missing = members.stream()
			.filter(member -> !fileEmails.contains(member.email().toLowerCase(Locale.ROOT)))
			.map(member -> new MissingAccount(member, fate(member, chosen, rank, actorId, organizationId, groupId)))
			.toList();
		int affected = (int) missing.stream().filter(MissingAccount::changes).count();
		return new SyncPlan(missing, new SyncBrake(affected, members.size(), limitPercent, chosen));
	}

	private static MissingAccount.Fate fate(GroupMember member, SyncOption.Missing chosen, Rank rank, long actorId,
			long organizationId, long groupId) {
		if (member.userId() == actorId) {
			return MissingAccount.Fate.YOURSELF;
		}
		if (rank.over(member.userId(), organizationId, groupId, member.role()) != Rank.Reach.CHANGE) {
			return MissingAccount.Fate.OUTRANKED;
		}
		return switch (chosen) {
			case LEAVE -> MissingAccount.Fate.LEAVE;
			case MOVE -> MissingAccount.Fate.MOVE;
			case SUSPEND -> member.status() == UserStatus.SUSPENDED ? MissingAccount.Fate.ALREADY_SUSPENDED
					: MissingAccount.Fate.SUSPEND;
		};
	}

	/**
	 * The accounts the import suspends or moves.
	 */
	List<MissingAccount> changing() {
		return missing.stream().filter(MissingAccount::changes).toList();
	}

}
