package io.muster.directory;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the user list that keep its search and filters: sorting by a column and paging.
 *
 * <p>Values go in as URI variables, so that a search for "a&b" stays one parameter.
 */
record UserListLinks(UserQuery query) {

	public String sort(String column) {
		boolean sameColumn = query.sort().name().equalsIgnoreCase(column);
		Map<String, Object> params = filters();
		params.put("sort", column.toLowerCase(Locale.ROOT));
		params.put("dir", sameColumn && !query.descending() ? "desc" : "asc");
		return link(params);
	}

	public String page(int number) {
		Map<String, Object> params = filters();
		if (query.sort() != UserQuery.Sort.NAME || query.descending()) {
			params.put("sort", query.sort().name().toLowerCase(Locale.ROOT));
			params.put("dir", query.descending() ? "desc" : "asc");
		}
		params.put("page", number);
		return link(params);
	}

	/**
	 * How the column's header tells assistive technology its order, or null when not sorted by it.
	 */
	public @Nullable String ariaSort(String column) {
		if (!query.sort().name().equalsIgnoreCase(column)) {
			return null;
		}
		return query.descending() ? "descending" : "ascending";
	}

	private Map<String, Object> filters() {
		Map<String, Object> params = new LinkedHashMap<>();
		add(params, "q", query.text());
		add(params, "group", query.groupId());
		add(params, "tag", query.tag());
		add(params, "role", query.role());
		add(params, "status", query.status());
		add(params, "import", query.createdByImport());
		add(params, "mustChoosePassword", query.mustChoosePassword());
		return params;
	}

	/** The same list without the import filter, for the notice that names it. */
	public String withoutImport() {
		Map<String, Object> params = filters();
		params.remove("import");
		return link(params);
	}

	private static String link(Map<String, Object> params) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/users");
		params.keySet().forEach(name -> link.queryParam(name, "{" + name + "}"));
		return link.encode().buildAndExpand(params).toUriString();
	}

	private static void add(Map<String, Object> params, String name, @Nullable Object value) {
		if (value != null) {
			params.put(name, value);
		}
	}

}
