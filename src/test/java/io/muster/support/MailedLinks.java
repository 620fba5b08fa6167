package io.muster.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * The links of a received message, read from its decoded text and HTML parts.
 */
public final class MailedLinks {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

	private MailedLinks() {
	}

	public static List<String> of(Part message) {
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(text(message));
		while (link.find()) {
			links.add(link.group().replace("&amp;", "&"));
		}
		return links;
	}

	/**
	 * The decoded text of every part, one after the other.
	 */
	public static String text(Part part) {
		try {
			Object content = part.getContent();
			if (content instanceof Multipart parts) {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < parts.getCount(); i++) {
					text.append(text(parts.getBodyPart(i))).append('\n');
				}
				return text.toString();
			}
			return content instanceof String string ? string : "";
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Cannot read the message", ex);
		}
	}

}
