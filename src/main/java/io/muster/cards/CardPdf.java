package io.muster.cards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Lays sign-in cards out on paper, eight to a page (two across, four down) with dashed lines to cut
 * along: on each the person's name and group, the sign-in address, the email, the password, and a
 * QR code of the sign-in address with the email filled in, never the password.
 *
 * <p>Text is set in DejaVu Sans, embedded, which covers Latin, Greek and Cyrillic; a character it
 * has no glyph for (a name in Chinese, say) is printed as a box instead of breaking the page.
 */
@Component
class CardPdf {

	private static final float MARGIN = 36;

	private static final int COLUMNS = 2;

	private static final int ROWS = 4;

	private static final float PAD = 12;

	private static final float QR_GAP = 10;

	private static final float MIN_SIZE = 6;

	/** Printed for a character the font has no glyph for: a white square, which DejaVu has. */
	private static final String MISSING = "\u25A1";

	private final MessageSource messages;

	CardPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(List<SignInCard> cards, CardPaper paper, Locale locale, String signInAddress) {
		try (PDDocument document = new PDDocument()) {
			Fonts fonts = new Fonts(font(document, "DejaVuSans.ttf"), font(document, "DejaVuSans-Bold.ttf"));
			document.getDocumentInformation().setTitle(text("cards.pdf.title", locale));
			PDRectangle size = paper.size();
			float width = (size.getWidth() - 2 * MARGIN) / COLUMNS;
			float height = (size.getHeight() - 2 * MARGIN) / ROWS;
			Words words = new Words(text("cards.card.title", locale), text("cards.card.address", locale),
					text("cards.card.email", locale), text("cards.card.password", locale), text("cards.card.scan", locale));
			for (int first = 0; first < cards.size(); first += COLUMNS * ROWS) {
				PDPage page = new PDPage(size);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					List<SignInCard> onPage = cards.subList(first, Math.min(cards.size(), first + COLUMNS * ROWS));
					for (int i = 0; i < onPage.size(); i++) {
						float left = MARGIN + (i % COLUMNS) * width;
						float top = size.getHeight() - MARGIN - (i / COLUMNS) * height;
						new CardDrawing(content, fonts, words, left, top, width, height)
							.draw(onPage.get(i), signInAddress);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The sign-in cards could not be written", ex);
		}
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

	private static PDFont font(PDDocument document, String file) throws IOException {
		try (InputStream in = new ClassPathResource("cards/fonts/" + file).getInputStream()) {
			return PDType0Font.load(document, in, true);
		}
	}

	/**
	 * The address the QR code holds: the sign-in page with the email filled in.
	 */
	static String signInLink(String signInAddress, String email) {
		return signInAddress + "?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
	}

	static BitMatrix qrCode(String link) {
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.MARGIN, 0);
			hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
			hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
			return new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalStateException("A sign-in address too long for a QR code: " + link.length() + " characters", ex);
		}
	}

	private record Fonts(PDFont regular, PDFont bold) {
	}

	private record Words(String title, String address, String email, String password, String scan) {
	}

	/**
	 * One card drawn from its top left corner down, in points.
	 */
	private static final class CardDrawing {

		private static final float[] GREY = { 0.35f, 0.35f, 0.35f };

		private static final float[] BLACK = { 0, 0, 0 };

		private final PDPageContentStream content;

		private final Fonts fonts;

		private final Words words;

		private final float left;

		private final float top;

		private final float width;

		private final float height;

		CardDrawing(PDPageContentStream content, Fonts fonts, Words words, float left, float top, float width,
				float height) {
			this.content = content;
			this.fonts = fonts;
			this.words = words;
			this.left = left;
			this.top = top;
			this.width = width;
			this.height = height;
		}

		void draw(SignInCard card, String signInAddress) throws IOException {
			cutLines();
			float inner = width - 2 * PAD;
			float x = left + PAD;
			float y = top - PAD;
			y = line(words.title(), fonts.regular(), 8, GREY, x, y, inner);
			y = line(card.name(), fonts.bold(), 14, BLACK, x, y - 2, inner);
			if (card.group() != null && !card.group().isBlank()) {
				y = line(card.group(), fonts.regular(), 10, GREY, x, y, inner);
			}
			float passwordRows = 30;
			float qr = Math.min(80, y - (top - height) - PAD - passwordRows - 12);
			float qrLeft = left + width - PAD - qr;
			float qrTop = y - 6;
			qr(CardPdf.qrCode(signInLink(signInAddress, card.email())), qrLeft, qrTop, qr);
			float caption = fit(words.scan(), fonts.regular(), 6.5f, qr + 10);
			text(words.scan(), fonts.regular(), caption, GREY,
					qrLeft + (qr - width(words.scan(), fonts.regular(), caption)) / 2, qrTop - qr - caption - 2);
			float column = inner - qr - QR_GAP;
			float ty = qrTop;
			ty = line(words.address(), fonts.regular(), 7.5f, GREY, x, ty, column);
			ty = wrapped(signInAddress, fonts.regular(), 9.5f, x, ty, column);
			ty = line(words.email(), fonts.regular(), 7.5f, GREY, x, ty - 3, column);
			wrapped(card.email(), fonts.regular(), 9.5f, x, ty, column);
			float py = top - height + PAD + passwordRows;
			py = line(words.password(), fonts.regular(), 7.5f, GREY, x, py, inner);
			line(card.password(), fonts.bold(), 14, BLACK, x, py, inner);
		}

		private void cutLines() throws IOException {
			content.setStrokingColor(0.7f, 0.7f, 0.7f);
			content.setLineWidth(0.5f);
			content.setLineDashPattern(new float[] { 3, 3 }, 0);
			content.addRect(left, top - height, width, height);
			content.stroke();
			content.setLineDashPattern(new float[] {}, 0);
		}

		/**
		 * One line of text below y, made smaller to fit the width, and cut short with an ellipsis
		 * when even the smallest size does not fit; returns the y below it.
		 */
		private float line(String raw, PDFont font, float size, float[] colour, float x, float y, float room)
				throws IOException {
			String value = printable(raw, font);
			float used = fit(value, font, size, room);
			while (width(value, font, used) > room && value.length() > 1) {
				value = value.substring(0, value.offsetByCodePoints(value.length(), -1)).stripTrailing();
				if (width(value + "…", font, used) <= room) {
					value = value + "…";
				}
			}
			text(value, font, used, colour, x, y - used);
			return y - used * 1.3f;
		}

		/**
		 * Text that must be printed whole (an address, an email): made smaller to fit, and else
		 * broken over as many lines as it takes at the smallest size.
		 */
		private float wrapped(String raw, PDFont font, float size, float x, float y, float room) throws IOException {
			String value = printable(raw, font);
			float used = fit(value, font, size, room);
			float below = y;
			for (String part : breakUp(value, font, used, room)) {
				text(part, font, used, BLACK, x, below - used);
				below -= used * 1.25f;
			}
			return below;
		}

		private static List<String> breakUp(String value, PDFont font, float size, float room) throws IOException {
			List<String> lines = new ArrayList<>();
			int start = 0;
			while (start < value.length()) {
				int end = value.length();
				while (end > start + 1 && width(value.substring(start, end), font, size) > room) {
					end = value.offsetByCodePoints(end, -1);
				}
				lines.add(value.substring(start, end));
				start = end;
			}
			return lines;
		}

		private void text(String value, PDFont font, float size, float[] colour, float x, float baseline)
				throws IOException {
			content.beginText();
			content.setNonStrokingColor(colour[0], colour[1], colour[2]);
			content.setFont(font, size);
			content.newLineAtOffset(x, baseline);
			content.showText(value);
			content.endText();
		}

		private void qr(BitMatrix matrix, float x, float topY, float size) throws IOException {
			float module = size / matrix.getWidth();
			content.setNonStrokingColor(0f, 0f, 0f);
			for (int row = 0; row < matrix.getHeight(); row++) {
				for (int col = 0; col < matrix.getWidth(); col++) {
					if (matrix.get(col, row)) {
						content.addRect(x + col * module, topY - (row + 1) * module, module, module);
					}
				}
			}
			content.fill();
		}

	}

	private static float fit(String value, PDFont font, float size, float room) throws IOException {
		float used = size;
		while (used > MIN_SIZE && width(value, font, used) > room) {
			used -= 0.5f;
		}
		return used;
	}

	private static float width(String value, PDFont font, float size) throws IOException {
		return font.getStringWidth(value) / 1000 * size;
	}

	/**
	 * The text with each character the font cannot show (and each control character) replaced by a
	 * box, so that no name stops the cards from printing.
	 */
	static String printable(String text, PDFont font) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(point -> {
			String character = Character.toString(point);
			out.append(Character.isISOControl(point) || !hasGlyph(font, character) ? MISSING : character);
		});
		return out.toString();
	}

	private static boolean hasGlyph(PDFont font, String character) {
		try {
			font.encode(character);
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}

}
