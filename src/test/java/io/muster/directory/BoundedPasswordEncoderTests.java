package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A burst of password checks runs a few at a time, and every check still gets its answer.
 */
class BoundedPasswordEncoderTests {

	@Test
	void noMoreThanTheBoundHashAtOnce() throws Exception {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		PasswordEncoder slow = new PasswordEncoder() {

			@Override
			public String encode(@Nullable CharSequence raw) {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				running.decrementAndGet();
				return "hash:" + raw;
			}

			@Override
			public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
				return encode(raw).equals(encoded);
			}

		};
		PasswordEncoder bounded = new BoundedPasswordEncoder(slow, 3);
		AtomicInteger matched = new AtomicInteger();
		ExecutorService burst = Executors.newFixedThreadPool(20);
		for (int i = 0; i < 60; i++) {
			burst.submit(() -> bounded.matches("secret", "hash:secret") ? matched.incrementAndGet() : 0);
		}
		burst.shutdown();
		assertThat(burst.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(matched).hasValue(60);
		assertThat(most.get()).isBetween(1, 3);
	}

}
