package io.muster.importing;

import java.time.Duration;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What finished imports did, as metrics: rows by outcome (their rate is rows per second) and how
 * long imports ran, by how they ended.
 */
@Component
class ImportMetrics {

	private final MeterRegistry registry;

	ImportMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void finished(ImportSummary summary) {
		rows("created", summary.created());
		rows("updated", summary.updated());
		rows("skipped", summary.skipped());
		rows("failed", summary.failed());
		if (summary.startedAt() != null && summary.finishedAt() != null) {
			registry.timer("muster.import.duration", "status", summary.status().name().toLowerCase())
				.record(Duration.between(summary.startedAt(), summary.finishedAt()));
		}
	}

	private void rows(String outcome, int count) {
		registry.counter("muster.import.rows", "outcome", outcome).increment(count);
	}

}
