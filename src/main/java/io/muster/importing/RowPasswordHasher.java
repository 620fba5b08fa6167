package io.muster.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Hashes the passwords of a chunk's rows on as many threads as the machine has cores, outside any
 * transaction: Argon2 is slow on purpose, and a transaction should not be held open while it works.
 */
@Component
class RowPasswordHasher implements DisposableBean {

	private final ExecutorService pool;

	RowPasswordHasher() {
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
			Thread thread = new Thread(task, "password-hashing-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Each row's hash, keyed by row number, in row order.
	 */
	Map<Integer, String> hashAll(List<ImportRows.StagedRow> rows, Function<ImportRows.StagedRow, String> hash) {
		Map<Integer, Future<String>> pending = new LinkedHashMap<>();
		rows.forEach(row -> pending.put(row.rowNumber(), pool.submit(() -> hash.apply(row))));
		Map<Integer, String> hashes = new LinkedHashMap<>();
		try {
			for (Map.Entry<Integer, Future<String>> entry : pending.entrySet()) {
				hashes.put(entry.getKey(), entry.getValue().get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while hashing passwords", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A password could not be hashed", ex.getCause());
		}
		return hashes;
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}

}
