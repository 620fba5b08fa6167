package io.muster.importing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The import's settings ({@code muster.import.*}): how long a finished import and a draft nobody
 * started are kept, and how long a running import waits out a database that does not answer. The
 * staging key is read by {@link io.muster.secrets.StagingCipher}, which also makes one outside production.
 */
@ConfigurationProperties("muster.import")
record ImportSettings(@DefaultValue("180d") Duration retention, @DefaultValue("7d") Duration draftRetention,
		@DefaultValue("5m") Duration outagePatience) {
}
