package io.muster.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo's settings ({@code muster.demo.*}): the password of every demo sign-in; when absent, one
 * is made at start and printed.
 */
@ConfigurationProperties("muster.demo")
record DemoSettings(@Nullable String password) {
}
