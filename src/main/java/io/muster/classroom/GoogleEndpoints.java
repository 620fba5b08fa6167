package io.muster.classroom;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Where Google is, and who Muster is to Google, read from {@code muster.google.*} at each use.
 *
 * <p>Read late on purpose: in the demo the endpoints point at the emulator served by this very
 * application, whose port is only known once the web server has started.
 */
@Component
class GoogleEndpoints {

	private final Environment environment;

	GoogleEndpoints(Environment environment) {
		this.environment = environment;
	}

	String clientId() {
		return property("client-id");
	}

	String clientSecret() {
		return property("client-secret");
	}

	String issuer() {
		return property("issuer");
	}

	String authorizationUri() {
		return property("authorization-uri");
	}

	String tokenUri() {
		return property("token-uri");
	}

	String revokeUri() {
		return property("revoke-uri");
	}

	String userInfoUri() {
		return property("user-info-uri");
	}

	String jwkSetUri() {
		return property("jwk-set-uri");
	}

	String classroomUri() {
		return property("classroom-uri");
	}

	/**
	 * A client for calls to Google that gives up on a silent Google instead of holding a request
	 * thread for ever.
	 */
	static RestClient restClient() {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		requests.setReadTimeout(Duration.ofSeconds(20));
		return RestClient.builder().requestFactory(requests).build();
	}

	private String property(String name) {
		return environment.getProperty("muster.google." + name, "");
	}

}
