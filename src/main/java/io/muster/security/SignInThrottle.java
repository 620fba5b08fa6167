package io.muster.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.muster.directory.CurrentPasswordThrottle;
import io.muster.directory.EmailAddress;

/**
 * Slows down password guessing: after a few failed sign-ins for one account, or many from one
 * network address, the next attempt must wait, twice as long each time but never more than a
 * minute, so that a real user is never locked out for long. Counts live in the database, so every
 * node sees them; they are forgotten a quarter of an hour after the last failure.
 *
 * <p>Checks of the current password on My account are slowed down by the same rule, with a count
 * of their own per account (a successful HTTP Basic sign-in on each API call must not reset it)
 * and the same count per address. Accounts are counted by {@link EmailAddress#key}, the form the
 * directory looks them up by, so that no variant of an address escapes its count.
 */
@Component
class SignInThrottle implements CurrentPasswordThrottle {

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
		return longer(waitFor(accountKey(email), FREE_ACCOUNT_FAILURES), waitFor(addressKey(address), FREE_ADDRESS_FAILURES));
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
		forget(accountKey(event.getAuthentication().getName()));
	}

	@Override
	@Transactional(readOnly = true)
	public Duration waitFor(String email) {
		Duration account = waitFor(currentPasswordKey(email), FREE_ACCOUNT_FAILURES);
		return currentAddress().map(address -> longer(account, waitFor(addressKey(address), FREE_ADDRESS_FAILURES)))
			.orElse(account);
	}

	/**
	 * Counts in a transaction of its own: the change that checked the password is rolled back.
	 */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String email) {
		count(currentPasswordKey(email));
		currentAddress().ifPresent(address -> count(addressKey(address)));
	}

	@Override
	@Transactional
	public void succeeded(String email) {
		forget(currentPasswordKey(email));
	}

	private void forget(String key) {
		jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key = :key").param("key", key).update();
	}

	private static Duration longer(Duration one, Duration other) {
		return one.compareTo(other) >= 0 ? one : other;
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

	/**
	 * The peer address of the request being handled, as the server sees it: behind a trusted
	 * proxy, the client's address it forwarded (see {@link TrustedProxies}).
	 */
	private static Optional<String> currentAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? Optional.of(request.getRequest().getRemoteAddr()) : Optional.empty();
	}

	private static String accountKey(String email) {
		return "account:" + bounded(EmailAddress.key(email));
	}

	private static String currentPasswordKey(String email) {
		return "current-password:" + bounded(EmailAddress.key(email));
	}

	/**
	 * No account has a longer address, so a longer one typed at the sign-in may share its count.
	 */
	private static String bounded(String emailKey) {
		return emailKey.length() > EmailAddress.MAX_LENGTH ? emailKey.substring(0, EmailAddress.MAX_LENGTH + 1) : emailKey;
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
