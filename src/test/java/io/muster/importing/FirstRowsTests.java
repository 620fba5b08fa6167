package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The first row of each email address, found again for every later row with the same address,
 * however full the table gets.
 */
class FirstRowsTests {

	@Test
	void everyLaterRowFindsTheFirstRowOfItsAddress() {
		int addresses = 10_000;
		FirstRows firstRows = new FirstRows(2 * addresses);
		for (int row = 1; row <= addresses; row++) {
			assertThat(firstRows.firstOrRemember("pupil" + row + "@example.org", row)).isEqualTo(-1);
		}
		for (int row = 1; row <= addresses; row++) {
			assertThat(firstRows.firstOrRemember("pupil" + row + "@example.org", addresses + row)).isEqualTo(row);
		}
	}

	@Test
	void aTableSizedForOneRowStillTakesItsRow() {
		FirstRows firstRows = new FirstRows(1);

		assertThat(firstRows.firstOrRemember("ada@example.org", 1)).isEqualTo(-1);
		assertThat(firstRows.firstOrRemember("ada@example.org", 2)).isEqualTo(1);
	}

	@Test
	void addressesWhoseHashesCollideAreKeptApart() {
		FirstRows firstRows = new FirstRows(4);

		// "Aa" and "BB" have the same String hash code.
		assertThat(firstRows.firstOrRemember("Aa", 1)).isEqualTo(-1);
		assertThat(firstRows.firstOrRemember("BB", 2)).isEqualTo(-1);
		assertThat(firstRows.firstOrRemember("BB", 3)).isEqualTo(2);
		assertThat(firstRows.firstOrRemember("Aa", 4)).isEqualTo(1);
	}

}
