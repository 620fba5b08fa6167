package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.muster.importing.csv.HostileWorkbooks;
import io.muster.importing.csv.Workbooks;
import io.muster.support.Api;
import io.muster.support.Node;

/**
 * The hostile workbooks against a node of its own whose heap is bounded at 512 MB, as a small production
 * node's is: each is refused with a 4xx, the node stays healthy, and an honest workbook is still read after.
 */
class SmallHeapNodeTests {

	@Test
	void aNodeWithA512MegabyteHeapRefusesEveryHostileWorkbookAndStaysHealthy() throws Exception {
		// The demo profile is named so that the demo accounts exist whichever profile carries them.
		try (Node node = Node.startFromClassPath("small-heap", Map.of("spring.profiles.active", "demo",
				"spring.datasource.url", "jdbc:h2:mem:small-heap;DB_CLOSE_DELAY=-1",
				"muster.demo.password", Api.DEMO_PASSWORD), List.of("-Xmx512m"))) {
			RestTestClient admin = RestTestClient.bindToServer().baseUrl(node.url(""))
				.defaultHeaders(headers -> headers.setBasicAuth(Api.ADMIN, Api.DEMO_PASSWORD)).build();
			for (HostileWorkbooks.Hostile hostile : HostileWorkbooks.all()) {
				int status = Api.upload(admin, hostile.name() + ".xlsx", hostile.bytes()).returnResult()
					.getStatus().value();
				assertThat(status).as(hostile.name()).isBetween(400, 499);
				admin.get().uri("/actuator/health").exchange().expectStatus().isOk()
					.expectBody().jsonPath("$.status").isEqualTo("UP");
			}
			Api.upload(admin, "klasse.xlsx", Workbooks.xlsx(List.of(List.of("Name", "Email"),
					List.of("Ada Lovelace", "ada.smallheap@example.org")))).expectStatus().isCreated();
		}
	}

}
