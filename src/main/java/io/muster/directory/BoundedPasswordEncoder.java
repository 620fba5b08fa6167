package io.muster.directory;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few passwords be hashed or checked at once; the others wait their turn.
 *
 * <p>Each Argon2 hash takes 19 MiB and a core for a while, on purpose. Hundreds of people signing
 * in at the same moment would otherwise ask for gigabytes at once and starve every other request
 * of the processor; in line, each waits little longer than the work ahead of it takes anyway.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Semaphore turns;

	BoundedPasswordEncoder(PasswordEncoder delegate, int atOnce) {
		this.delegate = delegate;
		this.turns = new Semaphore(atOnce, true);
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return inTurn(() -> delegate.encode(rawPassword));
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		return inTurn(() -> delegate.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	private <T> T inTurn(Supplier<T> work) {
		try {
			turns.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to check a password", ex);
		}
		try {
			return work.get();
		}
		finally {
			turns.release();
		}
	}

}
