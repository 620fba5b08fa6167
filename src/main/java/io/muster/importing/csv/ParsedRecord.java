package io.muster.importing.csv;

import java.util.List;

/**
 * One record as the parser found it, before it is known to be the header or a user.
 *
 * <p>values holds at most the number of values the collector keeps, so fieldCount may be larger than
 * values.size() for a record with absurdly many values.
 *
 * @param line the physical line on which the record starts
 * @param fieldCount how many values the record has
 * @param values the first values of the record, immutable
 * @param blank whether every value is empty or whitespace
 */
record ParsedRecord(long line, int fieldCount, List<String> values, boolean blank) {

    ParsedRecord {
        values = List.copyOf(values);
    }
}
