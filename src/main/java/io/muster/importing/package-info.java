/**
 * The import pipeline, source-agnostic: a draft ({@link io.muster.importing.ImportDrafts}) whose
 * rows are staged once, from a mapped file or straight from another source, a verdict per row
 * checked against the rules and the accounts that exist, a queue ({@link io.muster.importing.ImportQueue})
 * and a background job that applies the verdicts in chunks, and the reports
 * ({@link io.muster.importing.ImportReports}); an import that ended can be undone once
 * ({@link io.muster.importing.ImportUndo}), where nobody has used or changed its accounts since.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "web", "secrets", "organization", "mail",
		"directory", "directory :: importer", "importing.csv", "cards" })
@org.jspecify.annotations.NullMarked
package io.muster.importing;
