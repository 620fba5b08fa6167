package io.muster.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a column mapping names real columns and gives a name, an email and a password source,
 * and reports every problem at once, so that a form can mark each field that needs attention.
 */
final class MappingCheck {

	private MappingCheck() {
	}

	static void check(ColumnMapping mapping, List<String> columns, boolean hasDefaultPassword) {
		List<ImportRejected.FieldProblem> problems = new ArrayList<>();
		checkNames(mapping, problems);
		if (mapping.email() == null) {
			problems.add(new ImportRejected.FieldProblem("email", "Email column missing",
					"Map the column that holds the email address."));
		}
		for (String column : new String[] { mapping.fullName(), mapping.firstName(), mapping.lastName(),
				mapping.email(), mapping.tags(), mapping.password() }) {
			if (column != null && !columns.contains(column)) {
				problems.add(new ImportRejected.FieldProblem("form", "Unknown column", "This file has no column \""
						+ column + "\". Its columns are: " + String.join(", ", columns) + "."));
			}
		}
		if (mapping.password() == null && !hasDefaultPassword) {
			problems.add(new ImportRejected.FieldProblem("defaultPassword", "Password missing",
					"Map the password column, or choose No password column and type the password everyone will use."));
		}
		if (!problems.isEmpty()) {
			throw ImportRejected.badFields(problems);
		}
	}

	private static void checkNames(ColumnMapping mapping, List<ImportRejected.FieldProblem> problems) {
		boolean oneName = mapping.fullName() != null;
		boolean twoNames = mapping.firstName() != null || mapping.lastName() != null;
		if (oneName && twoNames) {
			problems.add(new ImportRejected.FieldProblem("names", "Choose one way to give names",
					"Map either one full-name column or a first-name and a last-name column, not both."));
		}
		else if (!oneName && (mapping.firstName() == null || mapping.lastName() == null)) {
			problems.add(new ImportRejected.FieldProblem("names", "Name column missing", twoNames
					? "Map both a first name and a last name column, or use only one column for the full name."
					: "Map the column that holds the name: one full-name column, or a first-name and a last-name "
							+ "column."));
		}
	}

}
