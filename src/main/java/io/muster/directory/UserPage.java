package io.muster.directory;

import java.util.List;

/**
 * One page of the user list with what is needed to draw the pager.
 */
public record UserPage(List<UserSummary> users, int page, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public long firstNumber() {
		return users.isEmpty() ? 0 : (long) page * size + 1;
	}

	public long lastNumber() {
		return (long) page * size + users.size();
	}

}
