package io.muster.classroom;

import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
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

	private final RestClient rest;

	private final RestClient tokenEndpoint;

	GoogleEndpoints(Environment environment, RestClient.Builder rest) {
		this.environment = environment;
		this.rest = rest.clone().build();
		this.tokenEndpoint = rest.clone()
			.messageConverters(List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build();
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
	 * The client for calls to Google, from Boot's builder: it gives up on a silent Google after the
	 * timeouts of {@code spring.http.clients.*} instead of holding a request thread for ever.
	 */
	RestClient restClient() {
		return rest;
	}

	/**
	 * The client for Google's token endpoint: Boot's timeouts as {@link #restClient()}, with the
	 * form and token-response converters and error handler that Spring Security's token clients expect.
	 */
	RestClient tokenEndpointClient() {
		return tokenEndpoint;
	}

	private String property(String name) {
		return environment.getProperty("muster.google." + name, "");
	}

}
