package io.muster.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after a few failed sign-ins for one account, or many from one
 * network address, the next attempt must wait, twice as long each time but never more than a
 * minute, so that a real user is never locked out for long. Counts live in the database, so every
 * node sees them; they are forgotten a quarter of an hour after the last failure.
 */
@Component
class SignInThrottle {

	static final int FREE_ACCOUNT_FAILURES = 5;

	static final int FREE_ADDRESS_FAILURES = 20;

	static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

	static final Duration FORGET_AFTER = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
	}

	/**
	 * How long a sign-in as this email from this address must still wait; zero when it may go ahead.
	 */
	@Transactional(readOnly = true)
	Duration waitFor(String email, String address) {
		Duration account = waitFor(accountKey(email), FREE_ACCOUNT_FAILURES);
		Duration network = waitFor(addressKey(address), FREE_ADDRESS_FAILURES);
		return account.compareTo(network) >= 0 ? account : network;
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent event) {
		count(accountKey(event.getAuthentication().getName()));
		address(event.getAuthentication().getDetails()).ifPresent(address -> count(addressKey(address)));
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key = :key")
			.param("key", accountKey(event.getAuthentication().getName())).update();
	}

	private Duration waitFor(String key, int free) {
		return jdbc.sql("SELECT failures, last_failure_at FROM sign_in_failure WHERE throttle_key = :key")
			.param("key", key)
			.query((rs, row) -> wait(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(), free))
			.optional()
			.orElse(Duration.ZERO);
	}

	private Duration wait(int failures, Instant last, int free) {
		Instant now = clock.instant();
		if (failures < free || now.isAfter(last.plus(FORGET_AFTER))) {
			return Duration.ZERO;
		}
		Duration penalty = Duration.ofSeconds(1L << Math.min(failures - free, 6));
		Duration left = Duration.between(now, last.plus(penalty.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : penalty));
		return left.isNegative() ? Duration.ZERO : left;
	}

	private void count(String key) {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		OffsetDateTime forgotten = now.minus(FORGET_AFTER);
		int updated = jdbc.sql("""
				UPDATE sign_in_failure
				SET failures = CASE WHEN last_failure_at < :forgotten THEN 1 ELSE failures + 1 END, last_failure_at = :now
				WHERE throttle_key = :key""")
			.param("forgotten", forgotten).param("now", now).param("key", key).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO sign_in_failure (throttle_key, failures, last_failure_at) VALUES (:key, 1, :now)")
				.param("key", key).param("now", now).update();
		}
	}

	private static Optional<String> address(Object details) {
		return details instanceof WebAuthenticationDetails web ? Optional.ofNullable(web.getRemoteAddress())
				: Optional.empty();
	}

	private static String accountKey(String email) {
		return "account:" + email.strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
