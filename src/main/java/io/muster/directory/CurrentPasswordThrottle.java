package io.muster.directory;

import java.time.Duration;

/**
 * Slows down guessing a signed-in person's current password (on My account and through the API)
 * as failed sign-ins are slowed down; the security module keeps the counts, the directory only
 * asks before each check and reports its result.
 */
public interface CurrentPasswordThrottle {

	/**
	 * How long a check of this account's current password must still wait; zero when it may go ahead.
	 */
	Duration waitFor(String email);

	void failed(String email);

	void succeeded(String email);

}
