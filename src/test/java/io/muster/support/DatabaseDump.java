package io.muster.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Every value of every table of the application's schema, as someone holding a dump of the
 * database would read it: text as text, binary values as text and as hex.
 */
public final class DatabaseDump {

	private final List<String> values;

	private DatabaseDump(List<String> values) {
		this.values = values;
	}

	public static DatabaseDump of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			List<String> values = new ArrayList<>();
			for (String table : tables(connection)) {
				read(connection, table, values);
			}
			return new DatabaseDump(values);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot dump the database", ex);
		}
	}

	/**
	 * The values, each as {@code table.column: value}, that contain the secret.
	 */
	public List<String> containing(String secret) {
		return values.stream().filter(value -> value.contains(secret)).toList();
	}

	public int size() {
		return values.size();
	}

	private static List<String> tables(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		List<String> tables = new ArrayList<>();
		try (ResultSet found = metaData.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
			while (found.next()) {
				tables.add(found.getString("TABLE_NAME"));
			}
		}
		return tables;
	}

	private static void read(Connection connection, String table, List<String> values) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
			ResultSetMetaData columns = rows.getMetaData();
			while (rows.next()) {
				for (int i = 1; i <= columns.getColumnCount(); i++) {
					String where = (table + "." + columns.getColumnName(i)).toLowerCase(Locale.ROOT) + ": ";
					Object value = rows.getObject(i);
					if (value instanceof byte[] bytes) {
						values.add(where + new String(bytes, StandardCharsets.UTF_8) + " " + HexFormat.of().formatHex(bytes));
					}
					else if (value != null) {
						values.add(where + value);
					}
				}
			}
		}
	}

}
