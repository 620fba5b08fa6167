package io.muster.importing;

import io.muster.directory.GroupMember;
import io.muster.directory.Rank;
import io.muster.web.Message;

/**
 * An account of the group that a file which is the whole group leaves out, and what the import does
 * to it.
 */
public record MissingAccount(GroupMember account, Fate fate) {

	/**
	 * What becomes of the account.
	 */
	public enum Fate {

		SUSPEND, MOVE,

		/** Left as it is, as chosen. */
		LEAVE,

		/** Left as it is: suspended already. */
		ALREADY_SUSPENDED,

		/** Left as it is: only a System Administrator may change it. */
		OUTRANKED,

		/** Left as it is: the caller's own account. */
		YOURSELF

	}

	/**
	 * Whether the import changes the account.
	 */
	public boolean changes() {
		return fate == Fate.SUSPEND || fate == Fate.MOVE;
	}

	/**
	 * What happens to it, in words for the verify page.
	 */
	public Message what() {
		return fate == Fate.OUTRANKED ? Message.of("import.sync.fate.OUTRANKED", Rank.outranked(account.role()))
				: Message.of("import.sync.fate." + fate.name());
	}

}
