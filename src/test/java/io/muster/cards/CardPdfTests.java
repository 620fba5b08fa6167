package io.muster.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

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
			List<String> texts = cardTexts(document);
			for (int i = 0; i < cards.size(); i++) {
				SignInCard card = cards.get(i);
				assertThat(texts.get(i)).contains("Sign in to Muster", card.name(), card.group(), card.email(),
						card.password(), "Password", ADDRESS);
			}
			List<String> links = qrCodes(document);
			assertThat(links).hasSize(cards.size());
			assertThat(links).containsExactlyInAnyOrderElementsOf(cards.stream()
				.map(card -> ADDRESS + "?email=" + URLDecoder.decode(card.email(), StandardCharsets.UTF_8)
					.replace("@", "%40"))
				.toList());
			assertThat(links).allSatisfy(link -> assertThat(link).doesNotContain("tiger", "cake", "moon"));
		}
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
			List<String> texts = cardTexts(document);
			assertThat(texts.get(0)).contains("Bei Muster anmelden", "Jürgen Größe-Müßig", "Klasse 7ä", "Passwort",
					"frog-rain-mint-2233");
			assertThat(texts.get(1)).contains("xiaoming@schule.example", "duck-kite-pear-4455");
			assertThat(texts.get(2).replaceAll("\\s", "")).contains(cards.get(2).email(), "bear-cake-moon-6677");
			assertThat(qrCodes(document)).hasSize(3);
		}
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

	/**
	 * The text of each card in reading order: left to right, then top to bottom, page by page.
	 */
	private static List<String> cardTexts(PDDocument document) throws IOException {
		List<String> texts = new ArrayList<>();
		for (int pageIndex = 0; pageIndex < document.getNumberOfPages(); pageIndex++) {
			PDRectangle size = document.getPage(pageIndex).getMediaBox();
			float width = (size.getWidth() - 72) / 2;
			float height = (size.getHeight() - 72) / 4;
			PDFTextStripperByArea stripper = new PDFTextStripperByArea();
			for (int i = 0; i < 8; i++) {
				stripper.addRegion("card" + i, new java.awt.geom.Rectangle2D.Float(36 + (i % 2) * width,
						36 + (i / 2) * height, width, height));
			}
			stripper.extractRegions(document.getPage(pageIndex));
			for (int i = 0; i < 8; i++) {
				String text = stripper.getTextForRegion("card" + i);
				if (!text.isBlank()) {
					texts.add(text);
				}
			}
		}
		return texts;
	}

	private static List<String> qrCodes(PDDocument document) throws IOException {
		PDFRenderer renderer = new PDFRenderer(document);
		List<String> links = new ArrayList<>();
		for (int page = 0; page < document.getNumberOfPages(); page++) {
			BufferedImage image = renderer.renderImageWithDPI(page, 150);
			int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			BinaryBitmap bitmap = new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
			try {
				Result[] found = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
				Arrays.stream(found).sorted(Comparator.comparing(Result::getText)).forEach(result -> links.add(result.getText()));
			}
			catch (NotFoundException ex) {
				// A page without codes adds none.
			}
		}
		return links;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/cards");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
