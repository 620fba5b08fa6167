package io.muster.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ids of the demo's groups ("Class 7A", "Staff" of the Demo School, "Office" of Hillside…),
 * which differ from one test database to the next; the demo gives no two groups the same name.
 */
public final class DemoGroups {

	private DemoGroups() {
	}

	public static long id(JdbcClient jdbc, String name) {
		return jdbc.sql("SELECT id FROM user_group WHERE name = :name").param("name", name).query(Long.class).single();
	}

}
