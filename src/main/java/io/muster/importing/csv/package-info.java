/**
 * Reading uploaded CSV files into a table of strings: encoding, separator, header and limits.
 *
 * <p>Obtain a reader via {@link io.muster.importing.csv.CsvTableReader#builder()}. Every file is
 * either read into an immutable {@link io.muster.importing.csv.CsvTable} or refused with a
 * {@link io.muster.importing.csv.CsvFileRejected} whose message says what is wrong and how to fix it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CSV reading")
@org.jspecify.annotations.NullMarked
package io.muster.importing.csv;
