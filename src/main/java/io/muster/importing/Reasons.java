package io.muster.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import io.muster.web.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row's reasons as they are kept in {@code import_row.reason}: their message codes and
 * arguments as JSON, so that a report is written in the language of whoever reads it, not of
 * whoever started the import.
 *
 * <p>A reason stored before reasons were codes is plain text; it is read back as that text.
 */
final class Reasons {

	/** A sentence that is already words; only for text kept from before reasons were codes. */
	static final String TEXT = "import.reason.text";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Reasons() {
	}

	static @Nullable String write(List<Message> reasons) {
		return reasons.isEmpty() ? null : JSON.writeValueAsString(reasons.stream().map(Reasons::tree).toList());
	}

	static List<Message> read(@Nullable String stored) {
		if (stored == null || stored.isEmpty()) {
			return List.of();
		}
		if (!stored.startsWith("[")) {
			return List.of(Message.of(TEXT, stored));
		}
		List<?> trees = JSON.readValue(stored, List.class);
		return trees.stream().map(tree -> message((Map<?, ?>) tree)).toList();
	}

	/**
	 * The reasons in one language, one after the other, as a report cell shows them.
	 */
	static String in(List<Message> reasons, MessageSource messages, Locale locale) {
		return reasons.stream().map(reason -> reason.in(messages, locale)).collect(Collectors.joining(" "));
	}

	private static Map<String, Object> tree(Message message) {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("code", message.code());
		tree.put("arguments", message.arguments().stream()
			.map(argument -> argument instanceof Message nested ? tree(nested) : argument)
			.toList());
		return tree;
	}

	private static Message message(Map<?, ?> tree) {
		List<Object> arguments = new ArrayList<>();
		for (Object argument : (List<?>) tree.get("arguments")) {
			arguments.add(argument instanceof Map<?, ?> nested ? message(nested) : argument);
		}
		return new Message((String) tree.get("code"), arguments);
	}

}
