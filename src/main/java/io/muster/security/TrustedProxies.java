package io.muster.security;

import java.util.List;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only when the request comes
 * from one of the proxies in {@code muster.security.trusted-proxies} (addresses or CIDR ranges,
 * comma-separated; none by default), so that a client cannot give itself a fresh address to
 * escape the sign-in throttle.
 *
 * <p>Tomcat's {@link RemoteIpValve} reads the header from the right and skips only trusted
 * proxies, so the address a trusted proxy saw is used even when the client sent a header of its
 * own. Every use of the client's address (the throttle, the logs) then reads the same
 * {@code getRemoteAddr()}.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final List<String> ranges;

	TrustedProxies(SecuritySettings settings) {
		this.ranges = settings.trustedProxies().stream().map(String::strip).filter(proxy -> !proxy.isEmpty()).map(TrustedProxies::range)
			.toList();
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (ranges.isEmpty()) {
			return;
		}
		RemoteIpValve valve = new RemoteIpValve();
		valve.setInternalProxies(String.join(",", ranges));
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		factory.addEngineValves(valve);
	}

	/**
	 * A single address as the range of just itself: Tomcat reads a list with a slash as CIDR
	 * ranges, and anything else as a regular expression.
	 */
	private static String range(String proxy) {
		if (proxy.contains("/")) {
			return proxy;
		}
		return proxy + (proxy.contains(":") ? "/128" : "/32");
	}

}
