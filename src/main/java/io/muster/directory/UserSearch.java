package io.muster.directory;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the ids of one page of users with one count and one select, however many filters apply.
 *
 * <p>Only whitelisted columns reach the ORDER BY; every value is a bind parameter, and LIKE
 * wildcards in the search text are escaped so that "50%" finds "50%", not everything.
 */
@Repository
class UserSearch {

	private final JdbcClient jdbc;

	UserSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The matching ids in the query's order, and how many match in all.
	 *
	 * @param groupIds the groups an Administrator reaches; not used for the whole organization
	 */
	/**
	 * The name of an import that touched accounts of this organization; empty for an import that
	 * touched none (or belongs to another organization).
	 */
	Optional<String> importName(long organizationId, UUID importId) {
		return jdbc.sql("""
				SELECT i.import_name FROM user_import i JOIN users u ON u.id = i.user_id
				WHERE i.import_id = :import AND u.organization_id = :organization FETCH FIRST 1 ROWS ONLY""")
			.param("import", importId)
			.param("organization", organizationId)
			.query(String.class)
			.optional();
	}

	/** The imports that created or changed an account, newest first. */
	List<ImportTouch> importsOf(long userId) {
		return jdbc.sql("""
				SELECT import_id, import_name, change_kind, changed_at FROM user_import
				WHERE user_id = :user ORDER BY changed_at DESC""")
			.param("user", userId)
			.query((row, number) -> new ImportTouch(row.getObject("import_id", UUID.class),
					row.getString("import_name"), ImportTouch.Change.valueOf(row.getString("change_kind")),
					row.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	Result find(long organizationId, Collection<Long> groupIds, boolean wholeOrganization, UserQuery query) {
		Map<String, Object> params = new HashMap<>();
		String where = where(organizationId, groupIds, wholeOrganization, query, params);
		long total = jdbc.sql("SELECT COUNT(*) FROM users u" + where).params(params).query(Long.class).single();
		String order = " ORDER BY " + query.sort().column() + (query.descending() ? " DESC" : " ASC") + ", u.id";
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		List<Long> ids = jdbc.sql("SELECT u.id FROM users u" + where + order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.query(Long.class)
			.list();
		return new Result(ids, total);
	}

	/**
	 * The tags used by anyone in reach, for the tag filter.
	 */
	List<String> tags(long organizationId, Collection<Long> groupIds, boolean wholeOrganization) {
		Map<String, Object> params = new HashMap<>();
		String reach = reach(organizationId, groupIds, wholeOrganization, params);
		return jdbc.sql("SELECT DISTINCT t.tag FROM user_tag t JOIN users u ON u.id = t.user_id" + reach
				+ " ORDER BY t.tag").params(params).query(String.class).list();
	}

	private static String where(long organizationId, Collection<Long> groupIds, boolean wholeOrganization,
			UserQuery query, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (query.text() != null) {
			conditions.add("(LOWER(u.full_name) LIKE :text ESCAPE '!' OR u.email_key LIKE :text ESCAPE '!')");
			params.put("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
		}
		if (query.groupId() != null) {
			conditions.add("u.group_id = :group");
			params.put("group", query.groupId());
		}
		if (query.tag() != null) {
			conditions.add("EXISTS (SELECT 1 FROM user_tag t WHERE t.user_id = u.id AND t.tag = :tag)");
			params.put("tag", query.tag());
		}
		if (query.role() != null) {
			conditions.add("u.role = :role");
			params.put("role", query.role().name());
		}
		if (query.createdByImport() != null) {
			conditions.add("EXISTS (SELECT 1 FROM user_import i WHERE i.user_id = u.id AND i.import_id = :createdBy "
					+ "AND i.change_kind = 'CREATED')");
			params.put("createdBy", query.createdByImport());
		}
		if (query.status() != null) {
			conditions.add("u.status = :status");
			params.put("status", query.status().name());
		}
		if (query.mustChoosePassword() != null) {
			conditions.add("u.must_choose_password = :mustChoose");
			params.put("mustChoose", query.mustChoosePassword());
		}
		String reach = reach(organizationId, groupIds, wholeOrganization, params);
		return conditions.isEmpty() ? reach : reach + " AND " + String.join(" AND ", conditions);
	}

	private static String reach(long organizationId, Collection<Long> groupIds, boolean wholeOrganization,
			Map<String, Object> params) {
		params.put("organization", organizationId);
		if (wholeOrganization) {
			return " WHERE u.organization_id = :organization";
		}
		if (groupIds.isEmpty()) {
			return " WHERE 1 = 0";
		}
		params.put("groups", List.copyOf(groupIds));
		return " WHERE u.organization_id = :organization AND u.group_id IN (:groups)";
	}

	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	record Result(List<Long> ids, long total) {
	}

}
