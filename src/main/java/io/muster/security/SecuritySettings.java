package io.muster.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code muster.security.*}): the proxies whose {@code X-Forwarded-*} headers
 * are believed, as addresses or CIDR ranges; none by default.
 */
@ConfigurationProperties("muster.security")
record SecuritySettings(@DefaultValue List<String> trustedProxies) {
}
