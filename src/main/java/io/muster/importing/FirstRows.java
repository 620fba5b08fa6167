package io.muster.importing;

/**
 * The first row of each email address in one pass over a draft, kept in flat arrays (open
 * addressing) rather than a map: a file of 100,000 rows then costs three arrays instead of
 * 100,000 entries and boxed row numbers for the collector to copy.
 */
final class FirstRows {

	private static final int NONE = -1;

	private final String[] keys;

	private final int[] hashes;

	private final int[] rows;

	private final int mask;

	FirstRows(int expected) {
		int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
		this.keys = new String[capacity];
		this.hashes = new int[capacity];
		this.rows = new int[capacity];
		this.mask = capacity - 1;
	}

	/**
	 * The first row that had this key, or {@code -1} when this row is the first, which is then
	 * remembered for the key.
	 */
	int firstOrRemember(String key, int row) {
		int hash = key.hashCode();
		hash ^= hash >>> 16;
		int slot = hash & mask;
		while (keys[slot] != null) {
			if (hashes[slot] == hash && keys[slot].equals(key)) {
				return rows[slot];
			}
			slot = (slot + 1) & mask;
		}
		keys[slot] = key;
		hashes[slot] = hash;
		rows[slot] = row;
		return NONE;
	}

}
