package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many rows an import applies at a time: few enough that a class's progress moves. */
class ChunkSizeTests {

	@ParameterizedTest(name = "{0} rows → chunks of {1}")
	@CsvSource({ "0, 1", "1, 1", "9, 1", "30, 3", "999, 100", "1000, 1000", "50000, 1000" })
	void aSmallImportGoesInTenthsALargeOneInWholeChunks(int total, int size) {
		assertThat(ImportRunner.chunkSize(total)).isEqualTo(size);
	}

}
