package io.muster.cards;

import java.util.Locale;

import org.springframework.http.HttpStatus;

import io.muster.web.CodedProblem;

/**
 * Cards asked for that cannot be printed: their passwords were deleted (downloaded before, or
 * kept their day), which the detail says together with how to get new ones; or none were made, as
 * the state of what they were asked of (an import with one password for everyone), not as a thing
 * that was not found.
 */
public class CardsUnavailable extends CodedProblem {

	CardsUnavailable(CardSetStatus.State state) {
		this(state == CardSetStatus.State.NONE ? HttpStatus.CONFLICT : HttpStatus.GONE,
				state == CardSetStatus.State.NONE ? "sign-in-cards-none" : "sign-in-cards-gone",
				"cards.problem." + state.name().toLowerCase(Locale.ROOT));
	}

	private CardsUnavailable(HttpStatus status, String type, String key) {
		super(status, type, key);
	}

	/**
	 * Cards of a set that does not exist, or is not the caller's to print.
	 */
	public static CardsUnavailable notFound() {
		return new CardsUnavailable(HttpStatus.NOT_FOUND, "sign-in-cards-not-found", "cards.problem.notFound");
	}

}
