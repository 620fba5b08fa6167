package io.muster.directory;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.muster.web.Message;

/**
 * What the user list asks for: a search text (name or email), filters (among them the import that
 * created the accounts, and whether they must choose a password), an order and a page.
 */
public record UserQuery(@Nullable String text, @Nullable Long groupId, @Nullable String tag, @Nullable Role role,
		@Nullable UserStatus status, @Nullable UUID createdByImport, Sort sort, boolean descending, int page, int size,
		@Nullable Boolean mustChoosePassword) {

	/** Longer texts are never a real name or address, and would only make the database work. */
	public static final int MAX_TEXT_LENGTH = 100;

	public static final int MAX_PAGE_SIZE = 200;

	public UserQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		tag = tag == null || tag.isBlank() ? null : tag.strip();
		page = Math.max(0, page);
		size = Math.min(MAX_PAGE_SIZE, Math.max(1, size));
	}

	/**
	 * The query with no filter on whether the accounts must choose a password.
	 */
	public UserQuery(@Nullable String text, @Nullable Long groupId, @Nullable String tag, @Nullable Role role,
			@Nullable UserStatus status, @Nullable UUID createdByImport, Sort sort, boolean descending, int page,
			int size) {
		this(text, groupId, tag, role, status, createdByImport, sort, descending, page, size, null);
	}

	public static UserQuery everyone(int size) {
		return new UserQuery(null, null, null, null, null, null, Sort.NAME, false, 0, size);
	}

	/**
	 * Explains why the query cannot be run; empty when it can.
	 */
	List<Message> problems() {
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			return List.of(Message.of("users.search.tooLong", MAX_TEXT_LENGTH));
		}
		return List.of();
	}

	/**
	 * The columns the list may be sorted by; anything else sorts by name.
	 */
	public enum Sort {

		NAME("LOWER(u.full_name)"), EMAIL("u.email_key"), ROLE("u.role"), STATUS("u.status"), CREATED("u.created_at");

		private final String column;

		Sort(String column) {
			this.column = column;
		}

		String column() {
			return column;
		}

		public static Sort parse(@Nullable String value) {
			for (Sort sort : values()) {
				if (sort.name().equalsIgnoreCase(value)) {
					return sort;
				}
			}
			return NAME;
		}

	}

}
