package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What a refused upload must look like to a caller: a 4xx problem with a detail a person can read,
 * and no trace of the server's insides.
 */
final class Refusals {

	private Refusals() {
	}

	static void assertClearRefusal(MockHttpServletResponse response) throws UnsupportedEncodingException {
		String body = response.getContentAsString();
		assertThat(response.getStatus()).as(body).isBetween(400, 499);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(body).contains("\"detail\"").doesNotContain("Exception", "\tat ");
	}

}
