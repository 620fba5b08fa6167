package io.muster.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.muster.support.PrintedCards;

/**
 * The sign-in cards read back as a person and a phone would: the text of each card, and each QR
 * code decoded from the printed page.
 */
class CardPdfTests {

	private static final String ADDRESS = "https://muster.example-school.org/login";

	private final CardPdf pdf = new CardPdf(messages());

	@Test
	void eachCardShowsNameGroupEmailAndPasswordAndItsQrCodeOpensTheSignInPageWithTheEmailOnly() throws Exception {
		List<SignInCard> cards = IntStream.rangeClosed(1, 10)
			.mapToObj(i -> new SignInCard(i, "Student Nummer " + i, "Class 7A", "student" + i + "@students.example.org",
					"tiger-cake-moon-" + (2345 + i)))
			.toList();
		byte[] printed = pdf.render(cards, CardPaper.A4, Locale.ENGLISH, ADDRESS);

		try (PDDocument document = Loader.loadPDF(printed)) {
			assertThat(document.getNumberOfPages()).as("eight to a page").isEqualTo(2);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
		}
		List<String> texts = PrintedCards.texts(printed);
		for (int i = 0; i < cards.size(); i++) {
			SignInCard card = cards.get(i);
			assertThat(texts.get(i)).contains("Sign in to Muster", card.name(), card.group(), card.email(),
					card.password(), "Password", ADDRESS);
		}
		List<String> links = PrintedCards.qrCodes(printed);
		assertThat(links).containsExactlyInAnyOrderElementsOf(
				cards.stream().map(card -> ADDRESS + "?email=" + card.email().replace("@", "%40")).toList());
		assertThat(links).allSatisfy(link -> assertThat(link).doesNotContain("tiger", "cake", "moon"));
	}

	@Test
	void germanCardsOnLetterPaperKeepUmlautsAndNamesInScriptsTheFontLacksDoNotStopThePrint() throws Exception {
		List<SignInCard> cards = List.of(
				new SignInCard(1, "Jürgen Größe-Müßig", "Klasse 7ä", "juergen@schule.example", "frog-rain-mint-2233"),
				new SignInCard(2, "王小明", null, "xiaoming@schule.example", "duck-kite-pear-4455"),
				new SignInCard(3, "A very long name that goes on and on: " + "Bartholomew-".repeat(8), "Class 7A",
						"a.very.long.address.of.a.student.at.a.school@students.some-long-school-name.example.org",
						"bear-cake-moon-6677"));
		byte[] printed = pdf.render(cards, CardPaper.LETTER, Locale.GERMAN, ADDRESS);

		try (PDDocument document = Loader.loadPDF(printed)) {
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
		}
		List<String> texts = PrintedCards.texts(printed);
		assertThat(texts.get(0)).contains("Bei Muster anmelden", "Jürgen Größe-Müßig", "Klasse 7ä", "Passwort",
				"frog-rain-mint-2233");
		assertThat(texts.get(1)).contains("xiaoming@schule.example", "duck-kite-pear-4455");
		assertThat(texts.get(2).replaceAll("\\s", "")).contains(cards.get(2).email(), "bear-cake-moon-6677");
		assertThat(PrintedCards.qrCodes(printed)).hasSize(3);
	}

	@Test
	void onePageAsAPictureForTheReadme() throws IOException {
		List<SignInCard> cards = List.of(
				new SignInCard(1, "Mia Müller", "Class 7A", "mia.muller@students.demo-school.test", "tiger-cake-moon-4827"),
				new SignInCard(2, "Jonas Jung", "Class 7A", "jonas.jung@students.demo-school.test", "frog-rain-mint-2395"),
				new SignInCard(3, "Aylin Yıldız", "Class 7A", "aylin.yildiz@students.demo-school.test", "duck-kite-pear-7734"),
				new SignInCard(4, "Noah Schmidt", "Class 7A", "noah.schmidt@students.demo-school.test", "bear-star-sock-5582"),
				new SignInCard(5, "Zoë Ødegård", "Class 7A", "zoe.odegard@students.demo-school.test", "seed-wave-drum-9263"),
				new SignInCard(6, "Léa Dubois", "Class 7A", "lea.dubois@students.demo-school.test", "crab-tent-vase-3846"),
				new SignInCard(7, "Ben Fischer", "Class 7A", "ben.fischer@students.demo-school.test", "nest-ship-yarn-6427"),
				new SignInCard(8, "Sofia Petrova", "Class 7A", "sofia.petrova@students.demo-school.test", "park-rose-hive-8352"));
		try (PDDocument document = Loader.loadPDF(pdf.render(cards, CardPaper.A4, Locale.ENGLISH,
				"https://muster.your-school.org/login"))) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
			Path target = Path.of("docs", "screenshots", "sign-in-cards.png");
			Files.createDirectories(target.getParent());
			ImageIO.write(page, "png", target.toFile());
			assertThat(target).isNotEmptyFile();
		}
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/cards");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
