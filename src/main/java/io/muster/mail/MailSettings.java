package io.muster.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings ({@code muster.mail.*}): the sender of every mail, and how long a delivered mail
 * is kept. The outbox's key is read by {@link io.muster.secrets.SecretCipher}, which also makes
 * one outside production.
 */
@ConfigurationProperties("muster.mail")
record MailSettings(String from, @DefaultValue("30d") Duration retention) {
}
