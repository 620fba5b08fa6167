package io.muster.support;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * Sign-in cards read back as a person and a phone would: the text of each card (eight to a page, two
 * across and four down within half-inch margins), and the QR codes decoded from the printed pages.
 */
public final class PrintedCards {

	private static final Pattern PASSWORD = Pattern.compile("[a-km-z]+(-[a-km-z]+){2,}-[2-9]{4}");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w.-]+\\.[a-z]+");

	private PrintedCards() {
	}

	/**
	 * The text of each card in reading order: left to right, then top to bottom, page by page.
	 */
	public static List<String> texts(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> texts = new ArrayList<>();
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				PDRectangle size = document.getPage(page).getMediaBox();
				float width = (size.getWidth() - 72) / 2;
				float height = (size.getHeight() - 72) / 4;
				PDFTextStripperByArea stripper = new PDFTextStripperByArea();
				for (int i = 0; i < 8; i++) {
					stripper.addRegion("card" + i,
							new Rectangle2D.Float(36 + (i % 2) * width, 36 + (i / 2) * height, width, height));
				}
				stripper.extractRegions(document.getPage(page));
				for (int i = 0; i < 8; i++) {
					String text = stripper.getTextForRegion("card" + i);
					if (!text.isBlank()) {
						texts.add(text);
					}
				}
			}
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The password printed on each card, by the email printed on it.
	 */
	public static Map<String, String> passwordsByEmail(byte[] pdf) {
		Map<String, String> passwords = new LinkedHashMap<>();
		for (String text : texts(pdf)) {
			passwords.put(find(EMAIL, text), find(PASSWORD, text));
		}
		return passwords;
	}

	/**
	 * What the QR codes on all pages hold, in alphabetical order.
	 */
	public static List<String> qrCodes(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			List<String> links = new ArrayList<>();
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 150);
				int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
				BinaryBitmap bitmap = new BinaryBitmap(
						new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
				try {
					Arrays.stream(new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)))
						.map(Result::getText)
						.forEach(links::add);
				}
				catch (NotFoundException ex) {
					// A page without codes adds none.
				}
			}
			links.sort(Comparator.naturalOrder());
			return links;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No " + pattern + " on the card:\n" + text);
		}
		return matcher.group();
	}

}
