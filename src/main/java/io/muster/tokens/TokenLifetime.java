package io.muster.tokens;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * How long a token works: a month, a quarter or a year. A token that never ends would outlive
 * the script, and the person's memory of it.
 */
public enum TokenLifetime {

	DAYS_30(30), DAYS_90(90), DAYS_365(365);

	private final int days;

	TokenLifetime(int days) {
		this.days = days;
	}

	public int days() {
		return days;
	}

	Duration duration() {
		return Duration.ofDays(days);
	}

	public static Optional<TokenLifetime> ofDays(int days) {
		return Arrays.stream(values()).filter(lifetime -> lifetime.days == days).findFirst();
	}

}
