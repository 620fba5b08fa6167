package io.muster.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.muster.web.Message;

/**
 * Checks that a column mapping names real columns and gives a name, an email and one password source
 * (a column, one password for everyone, or one made for each user), and reports every problem at
 * once, so that a form can mark each field that needs attention.
 */
final class MappingCheck {

	private MappingCheck() {
	}

	static void check(ColumnMapping mapping, List<String> columns, boolean hasDefaultPassword, boolean generating) {
		List<ImportRejected.FieldProblem> problems = new ArrayList<>();
		checkNames(mapping, problems);
		if (mapping.email() == null) {
			problems.add(new ImportRejected.FieldProblem("email", "import.problem.emailColumn.title",
					Message.of("import.problem.emailColumn")));
		}
		for (String column : new String[] { mapping.fullName(), mapping.firstName(), mapping.lastName(),
				mapping.email(), mapping.tags(), mapping.password() }) {
			if (column != null && !columns.contains(column)) {
				problems.add(new ImportRejected.FieldProblem("form", "import.problem.unknownColumn.title",
						Message.of("import.problem.unknownColumn", column, String.join(", ", columns))));
			}
		}
		passwordSource(mapping, hasDefaultPassword, generating).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw ImportRejected.badFields(problems);
		}
	}

	/**
	 * Refuses an import without a source of passwords or with two, as it is about to start: its
	 * options may have changed since its mapping was saved.
	 */
	static void checkPasswordSource(ColumnMapping mapping, boolean hasDefaultPassword, boolean generating) {
		passwordSource(mapping, hasDefaultPassword, generating).ifPresent(problem -> {
			throw ImportRejected.badFields(List.of(problem));
		});
	}

	private static Optional<ImportRejected.FieldProblem> passwordSource(ColumnMapping mapping,
			boolean hasDefaultPassword, boolean generating) {
		if (generating && mapping.password() != null) {
			return Optional.of(new ImportRejected.FieldProblem("generatePasswords",
					"cards.problem.generatedAndColumn.title", Message.of("cards.problem.generatedAndColumn.detail")));
		}
		if (mapping.password() == null && !hasDefaultPassword && !generating) {
			return Optional.of(new ImportRejected.FieldProblem("defaultPassword", "import.problem.passwordSource.title",
					Message.of("import.problem.passwordSource")));
		}
		return Optional.empty();
	}

	private static void checkNames(ColumnMapping mapping, List<ImportRejected.FieldProblem> problems) {
		boolean oneName = mapping.fullName() != null;
		boolean twoNames = mapping.firstName() != null || mapping.lastName() != null;
		if (oneName && twoNames) {
			problems.add(new ImportRejected.FieldProblem("names", "import.problem.bothNames.title",
					Message.of("import.problem.bothNames")));
		}
		else if (!oneName && (mapping.firstName() == null || mapping.lastName() == null)) {
			problems.add(new ImportRejected.FieldProblem("names", "import.problem.nameColumn.title",
					Message.of(twoNames ? "import.problem.otherNameColumn" : "import.problem.nameColumn")));
		}
	}

}
