package io.muster.cards;

import org.jspecify.annotations.Nullable;

/**
 * One person's card: who they are, and the password made for them. The password is kept out of
 * {@link #toString()}, so that no log line shows it.
 *
 * @param number the card's place in its set (an import's row number), which orders the cards
 * @param group the name of the person's group, if they are in one
 */
public record SignInCard(int number, String name, @Nullable String group, String email, String password) {

	@Override
	public String toString() {
		return "SignInCard[number=" + number + ", email=" + email + "]";
	}

}
