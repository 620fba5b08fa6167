package io.muster.cards;

import org.springframework.http.HttpStatus;

import io.muster.web.CodedProblem;

/**
 * Cards asked for that cannot be printed: their passwords were deleted (downloaded before, or
 * kept their day), which the detail says together with how to get new ones; or none were made.
 */
public class CardsUnavailable extends CodedProblem {

	CardsUnavailable(CardSetStatus.State state) {
		super(state == CardSetStatus.State.NONE ? HttpStatus.NOT_FOUND : HttpStatus.GONE,
				state == CardSetStatus.State.NONE ? "sign-in-cards-not-found" : "sign-in-cards-gone",
				"cards.problem." + state.name().toLowerCase(java.util.Locale.ROOT));
	}

}
