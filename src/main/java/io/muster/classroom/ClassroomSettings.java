package io.muster.classroom;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the calls to Google Classroom that are fixed at start ({@code muster.google.*}):
 * the first pause before a call is tried again. Google's addresses are read at each use instead
 * (see {@link GoogleEndpoints}).
 */
@ConfigurationProperties("muster.google")
record ClassroomSettings(@DefaultValue("500ms") Duration retryDelay) {
}
