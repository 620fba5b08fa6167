package io.muster.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log's settings ({@code muster.audit.*}): how long an entry is kept.
 */
@ConfigurationProperties("muster.audit")
record AuditSettings(@DefaultValue("365d") Duration retention) {
}
