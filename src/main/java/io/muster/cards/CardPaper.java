package io.muster.cards;

import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The paper the cards are printed on: A4, or US Letter where it is the usual paper.
 */
public enum CardPaper {

	A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

	/** The countries whose printers hold Letter: the Americas' users of it, and the Philippines. */
	private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT",
			"CR", "PA", "DO", "PR", "SV", "NI", "HN");

	private final PDRectangle size;

	CardPaper(PDRectangle size) {
		this.size = size;
	}

	PDRectangle size() {
		return size;
	}

	/**
	 * The usual paper where the reader lives, as far as their language's country tells; A4 when it
	 * does not say.
	 */
	public static CardPaper usualFor(Locale locale) {
		return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
	}

}
