package io.muster.organization;

/**
 * How large a file an organization may import at once.
 *
 * <p>The defaults are the help article's rules: 5 columns and 100 users per file, plus a 2 MB
 * cap on the file itself so that an upload is refused before it is read into memory.
 */
public record ImportLimits(int maxColumns, int maxUsers, long maxFileBytes) {

	public static final ImportLimits DEFAULT = new ImportLimits(5, 100, 2L * 1024 * 1024);

}
