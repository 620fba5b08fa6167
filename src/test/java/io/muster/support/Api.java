package io.muster.support;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * REST clients for a running test server, signed in as one of the demo users.
 */
public final class Api {

	/** The demo password the tests start the application with; it satisfies the password policy. */
	public static final String DEMO_PASSWORD = "Test-Demo-Pass-2026";

	public static final String SYSADMIN = "sysadmin@demo-school.test";

	public static final String ADMIN = "admin@demo-school.test";

	public static final String USER = "user@demo-school.test";

	public static final String HILLSIDE_SYSADMIN = "sysadmin@hillside.test";

	private Api() {
	}

	public static RestTestClient as(int port, String email) {
		return as(port, email, DEMO_PASSWORD);
	}

	public static RestTestClient as(int port, String email, String password) {
		return RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.defaultHeaders(headers -> headers.setBasicAuth(email, password))
			.build();
	}

	public static RestTestClient anonymous(int port) {
		return RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.defaultHeader(HttpHeaders.ACCEPT, "application/json")
			.build();
	}

	/**
	 * Posts a file to the import upload as a browser's form would.
	 */
	public static RestTestClient.ResponseSpec upload(RestTestClient client, String name, byte[] bytes) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return client.post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange();
	}

}
