package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DisplayNameTests {

	@Test
	void keepsAnOrdinaryName() {
		assertThat(DisplayName.of("Klasse 7b.xlsx")).isEqualTo("Klasse 7b.xlsx");
	}

	@Test
	void dropsTheFolderAndWhatCannotBeShown() {
		assertThat(DisplayName.of("C:\\Users\\lehrer\\Klasse\u202E7b.csv")).isEqualTo("Klasse7b.csv");
		assertThat(DisplayName.of(" \u0007 ")).isEqualTo("upload.csv");
	}

	@Test
	void cutsALongNameKeepingTheExtensionAndWholeCharacters() {
		String emoji = "👩‍🏫";
		String name = DisplayName.of("a".repeat(249) + emoji.repeat(20) + ".csv");
		assertThat(name).hasSize(DisplayName.LONGEST - 1).endsWith("a….csv");
		assertThat(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).as("no half character")
			.isEqualTo(name);
		assertThat(DisplayName.of("b".repeat(300) + ".not an extension")).hasSize(DisplayName.LONGEST).endsWith("…");
	}

}
