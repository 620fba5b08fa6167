package io.muster.cards;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cards' settings ({@code muster.cards.*}): how long the passwords of cards nobody downloaded
 * are kept (a day), and how long a set is remembered after that, so that a late download can say
 * what became of its passwords.
 */
@ConfigurationProperties("muster.cards")
record CardSettings(@DefaultValue("24h") Duration retention, @DefaultValue("180d") Duration memory) {
}
