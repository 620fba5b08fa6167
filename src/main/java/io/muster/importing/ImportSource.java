package io.muster.importing;

/**
 * Where the rows of an import came from: an uploaded file (CSV or xlsx), whose columns the
 * administrator maps, or Google Classroom, which stages its rows with their fields already known.
 */
public enum ImportSource {

	/** An uploaded file; the name is the one stored since imports began, xlsx files included. */
	CSV,

	CLASSROOM;

	/**
	 * Whether the rows are read from an upload kept while its reading and mapping may change.
	 */
	public boolean isFile() {
		return this == CSV;
	}

}
