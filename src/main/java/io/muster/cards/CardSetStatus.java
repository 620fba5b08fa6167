package io.muster.cards;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What became of a set of cards: waiting to be downloaded until {@code expiresAt}, downloaded (its
 * passwords deleted then), expired (deleted after a day), or never made.
 *
 * @param cards how many cards are waiting; 0 once their passwords are gone
 */
public record CardSetStatus(State state, int cards, @Nullable Instant expiresAt, @Nullable Instant downloadedAt) {

	public enum State {

		NONE, READY, DOWNLOADED, EXPIRED

	}

	static CardSetStatus none() {
		return new CardSetStatus(State.NONE, 0, null, null);
	}

	public boolean ready() {
		return state == State.READY;
	}

	public boolean gone() {
		return state == State.DOWNLOADED || state == State.EXPIRED;
	}

}
