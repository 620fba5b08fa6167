package io.muster.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Checks that a column mapping names real columns and gives a name, an email and a password source.
 */
final class MappingCheck {

	private MappingCheck() {
	}

	static void check(ColumnMapping mapping, List<String> columns, @Nullable String defaultPassword) {
		boolean oneName = mapping.fullName() != null;
		boolean twoNames = mapping.firstName() != null || mapping.lastName() != null;
		if (oneName && twoNames) {
			throw ImportRejected.badRequest("Choose one way to give names",
					"Map either one full-name column (fullName) or a first and a last name column (firstName and "
							+ "lastName), not both.");
		}
		if (!oneName && (mapping.firstName() == null || mapping.lastName() == null)) {
			throw ImportRejected.badRequest("Name column missing", oneName || twoNames
					? "Map both a first name and a last name column, or use only one column for the full name."
					: "Map the column that holds the name: fullName, or firstName and lastName.");
		}
		if (mapping.email() == null) {
			throw ImportRejected.badRequest("Email column missing", "Map the column that holds the email address.");
		}
		for (String column : new String[] { mapping.fullName(), mapping.firstName(), mapping.lastName(),
				mapping.email(), mapping.tags(), mapping.password() }) {
			if (column != null && !columns.contains(column)) {
				throw ImportRejected.badRequest("Unknown column", "This file has no column \"" + column
						+ "\". Its columns are: " + String.join(", ", columns) + ".");
			}
		}
		if (mapping.password() == null && (defaultPassword == null || defaultPassword.isEmpty())) {
			throw ImportRejected.badRequest("Password missing",
					"Map the password column, or choose No password column and type the password everyone will use "
							+ "(defaultPassword).");
		}
	}

}
