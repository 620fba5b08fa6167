/**
 * The import pipeline, source-agnostic: a table of rows, a column mapping, a verdict per row
 * checked against the rules and the accounts that exist, a background job that applies the
 * verdicts in chunks, and a report.
 */
@org.jspecify.annotations.NullMarked
package io.muster.importing;
