package io.muster.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.muster.support.Api;

@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class DemoDataIntegrationTests {

	@Autowired
	DemoData demoData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsTwoOrganizationsWithTheirSettings() {
		// Other tests of this context add organizations of their own; the demo's are these two.
		assertThat(jdbc.sql("""
				SELECT name, advanced_email_notifications FROM organization
				WHERE id IN (SELECT organization_id FROM users WHERE email LIKE 'sysadmin@%.test') ORDER BY name""")
			.query((rs, row) -> rs.getString(1) + "=" + rs.getBoolean(2)).list())
			.containsExactly("Demo School=true", "Hillside Academy=false");
	}

	@Test
	void theAdminManagesClass7AAnd7B() {
		List<String> groups = jdbc.sql("""
				SELECT g.name FROM group_admin a JOIN users u ON u.id = a.user_id JOIN user_group g ON g.id = a.group_id
				WHERE u.email = 'admin@demo-school.test' ORDER BY g.name""").query(String.class).list();
		assertThat(groups).containsExactly("Class 7A", "Class 7B");
	}

	@Test
	void runningAgainOnTheSameDatabaseDoesNotDoubleTheData() throws Exception {
		long organizations = count("organization");
		long users = count("users");
		long groups = count("user_group");
		demoData.run(new DefaultApplicationArguments());
		assertThat(count("organization")).isEqualTo(organizations);
		assertThat(count("users")).isEqualTo(users);
		assertThat(count("user_group")).isEqualTo(groups);
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
