package io.muster.mail;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one place that builds the links in mail: from {@code muster.base-url} only, never from the
 * request being served, whose Host header is whatever its sender wrote.
 *
 * <p>Checked at start, so that an installation without a usable address refuses to start instead
 * of mailing links nobody can open; read at each use, because outside production the address
 * names this application's own port, known only once the web server has started.
 */
@Component
public class MailLinks {

	static final String PROPERTY = "muster.base-url";

	private final Environment environment;

	MailLinks(Environment environment) {
		this.environment = environment;
		baseUrl();
	}

	/**
	 * The address of a page of Muster, such as {@code /login}.
	 */
	public String to(String path) {
		return baseUrl() + path;
	}

	/**
	 * The address of a page that takes the secret of a mailed link (URL-safe, as made).
	 */
	public String withToken(String path, String token) {
		return to(path) + "?token=" + token;
	}

	private String baseUrl() {
		String configured = environment.getProperty(PROPERTY, "").strip();
		if (configured.isEmpty()) {
			throw new IllegalStateException("Set " + PROPERTY + " (MUSTER_BASE_URL) to the address people reach Muster at, "
					+ "such as https://muster.your-school.org: the links in mail are built from it and nothing else");
		}
		if (!usable(configured)) {
			throw new IllegalStateException(PROPERTY + " must be an http(s) address without query or fragment, such as "
					+ "https://muster.your-school.org; it is " + configured);
		}
		return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

	private static boolean usable(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getQuery() == null && uri.getFragment() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
