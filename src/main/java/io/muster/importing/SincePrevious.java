package io.muster.importing;

/**
 * How a row of an import that read its source again stands against the import before it.
 */
public enum SincePrevious {

	/** The person was not among the rows of the import before. */
	NEW,

	/** The source refused the person last time (a student only invited) and does not any more. */
	ACCEPTED,

	/** The source refused the person last time and still does. */
	STILL_REFUSED

}
