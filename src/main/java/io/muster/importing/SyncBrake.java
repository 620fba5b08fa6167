package io.muster.importing;

import io.muster.web.Message;

/**
 * The safety brake of a file that is the whole group: an import that would suspend or move more than
 * the organization's share of the group waits for a System Administrator's confirmation, since a
 * file that is not the whole group after all (a page of a list, the wrong class) would otherwise
 * lock a class out.
 *
 * @param affected the accounts the import would suspend or move
 * @param groupSize every account of the group, as it is now
 * @param limitPercent the organization's share, in percent
 */
public record SyncBrake(int affected, int groupSize, int limitPercent, SyncOption.Missing action) {

	/**
	 * Whether more than the share would change; an empty group never brakes.
	 */
	public boolean engaged() {
		return (long) affected * 100 > (long) limitPercent * groupSize;
	}

	/**
	 * The share that would change, in whole percent.
	 */
	public int percent() {
		return groupSize == 0 ? 0 : (int) Math.round(affected * 100.0 / groupSize);
	}

	/**
	 * "12 of 30 accounts (40 %) would be suspended; the limit is 10 %", and what to do.
	 */
	public Message message() {
		return Message.of("import.sync.brake." + action.name(), affected, groupSize, percent(), limitPercent);
	}

}
