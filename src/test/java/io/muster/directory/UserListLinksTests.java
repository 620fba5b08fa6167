package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserListLinksTests {

	@Test
	void sortingKeepsTheSearchAndFiltersAndEncodesThem() {
		UserQuery query = new UserQuery("a&b=c d", 7L, "year 7", Role.USER, UserStatus.ACTIVE, null, UserQuery.Sort.NAME, false,
				0, 25);
		assertThat(new UserListLinks(query).sort("email"))
			.isEqualTo("/users?q=a%26b%3Dc%20d&group=7&tag=year%207&role=USER&status=ACTIVE&sort=email&dir=asc");
	}

	@Test
	void sortingByTheSameColumnAgainReversesTheOrder() {
		UserListLinks links = new UserListLinks(UserQuery.everyone(25));
		assertThat(links.sort("name")).isEqualTo("/users?sort=name&dir=desc");
		assertThat(links.ariaSort("name")).isEqualTo("ascending");
		assertThat(links.ariaSort("email")).isNull();
	}

	@Test
	void pagingKeepsTheOrder() {
		UserQuery query = new UserQuery(null, null, null, null, null, null, UserQuery.Sort.CREATED, true, 0, 25);
		assertThat(new UserListLinks(query).page(2)).isEqualTo("/users?sort=created&dir=desc&page=2");
	}

	@Test
	void aQueryTooLongToRunIsExplainedAndPagesStayInRange() {
		UserQuery query = new UserQuery("x".repeat(101), null, "  ", null, null, null, UserQuery.Sort.parse("DROP TABLE"),
				false, -3, 100_000);
		assertThat(English.of(query.problems())).singleElement().asString().contains("at most 100 characters");
		assertThat(query.tag()).isNull();
		assertThat(query.sort()).isEqualTo(UserQuery.Sort.NAME);
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(UserQuery.MAX_PAGE_SIZE);
	}

	@Test
	void tagsAreReadAsInImportFiles() {
		assertThat(AccountRules.splitTags(" chess; year 7 | chess ,, ")).containsExactly("chess", "year 7");
		assertThat(AccountRules.tagsProblem(AccountRules.splitTags("x".repeat(101))).map(English::of)).get().asString().contains("longer than 100 characters");
	}

}
