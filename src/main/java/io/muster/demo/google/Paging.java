package io.muster.demo.google;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Pages a Classroom list like Google: at most the emulator's page size per page (Google may
 * always return fewer than asked), and an opaque {@code nextPageToken} while more are left.
 */
final class Paging {

	private static final String PREFIX = "emulator-offset:";

	private Paging() {
	}

	static Map<String, Object> page(String key, List<Map<String, Object>> items, @Nullable String pageSize,
			@Nullable String pageToken, int maxPageSize) {
		int size = size(pageSize, maxPageSize);
		int from = offset(pageToken);
		if (from > items.size()) {
			throw ClassroomError.invalidArgument("Request contains an invalid argument.");
		}
		int to = Math.min(items.size(), from + size);
		Map<String, Object> page = new LinkedHashMap<>();
		if (to > from) {
			page.put(key, items.subList(from, to));
		}
		if (to < items.size()) {
			page.put("nextPageToken", Base64.getUrlEncoder().withoutPadding()
				.encodeToString((PREFIX + to).getBytes(StandardCharsets.UTF_8)));
		}
		return page;
	}

	private static int size(@Nullable String pageSize, int maxPageSize) {
		if (pageSize == null || pageSize.isBlank()) {
			return maxPageSize;
		}
		try {
			int size = Integer.parseInt(pageSize.trim());
			if (size < 0) {
				throw ClassroomError.invalidArgument("Page size cannot be negative.");
			}
			return size == 0 ? maxPageSize : Math.min(size, maxPageSize);
		}
		catch (NumberFormatException notANumber) {
			throw ClassroomError.invalidArgument("Invalid value at 'page_size' (TYPE_INT32), \"" + pageSize + "\"");
		}
	}

	private static int offset(@Nullable String pageToken) {
		if (pageToken == null || pageToken.isBlank()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(pageToken.trim()), StandardCharsets.UTF_8);
			if (!decoded.startsWith(PREFIX)) {
				throw ClassroomError.invalidArgument("Request contains an invalid argument.");
			}
			return Integer.parseUnsignedInt(decoded.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException unreadable) {
			throw ClassroomError.invalidArgument("Request contains an invalid argument.");
		}
	}

}
