package io.muster.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of an import's verified rows, after an optional valid/invalid filter.
 *
 * @param rows the rows of this page, in file order
 * @param total how many rows pass the filter, on all pages
 * @param page the page number, from 0
 * @param size the most rows a page holds
 */
record RowPage(List<RowVerdict> rows, int total, int page, int size) {

	static final int LARGEST_PAGE = 5_000;

	static RowPage of(List<RowVerdict> all, @Nullable Boolean valid, int page, int size) {
		if (page < 0 || size < 1 || size > LARGEST_PAGE) {
			throw ImportRejected.badRequest("import.problem.page.title", "import.problem.page", LARGEST_PAGE);
		}
		List<RowVerdict> filtered = valid == null ? all
				: all.stream().filter(verdict -> verdict.valid() == valid).toList();
		int from = (int) Math.min((long) page * size, filtered.size());
		int to = (int) Math.min((long) from + size, filtered.size());
		return new RowPage(filtered.subList(from, to), filtered.size(), page, size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public int pages() {
		return Math.max(1, (total + size - 1) / size);
	}

}
