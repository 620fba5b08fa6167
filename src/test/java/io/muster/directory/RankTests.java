package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.muster.directory.Rank.Reach;

/**
 * The rule of rank on its own: an actor of organization 1 (id 10) against accounts of group 7
 * (managed by the Administrator), group 8 (not managed) or of organization 2.
 */
class RankTests {

	private static final long ACTOR = 10;

	@ParameterizedTest(name = "{0} over a {3} of organization {1}, group {2}: {4}")
	@CsvSource(textBlock = """
			SYSTEM_ADMIN, 1, 7, USER,         CHANGE
			SYSTEM_ADMIN, 1, 8, ADMIN,        CHANGE
			SYSTEM_ADMIN, 1, 8, SYSTEM_ADMIN, CHANGE
			SYSTEM_ADMIN, 2, 7, USER,         NONE
			ADMIN,        1, 7, USER,         CHANGE
			ADMIN,        1, 7, ADMIN,        SEE
			ADMIN,        1, 7, SYSTEM_ADMIN, SEE
			ADMIN,        1, 8, USER,         NONE
			ADMIN,        1, 8, SYSTEM_ADMIN, NONE
			ADMIN,        2, 7, USER,         NONE
			USER,         1, 7, USER,         NONE
			""")
	void reachesAccountsByRoleGroupAndOrganization(Role actor, long organization, long group, Role target,
			Reach expected) {
		Rank rank = new Rank(ACTOR, 1, actor, actor == Role.ADMIN ? Set.of(7L) : Set.of());

		assertThat(rank.over(99, organization, group, target)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} over their own account: {1}")
	@CsvSource({ "SYSTEM_ADMIN, CHANGE", "ADMIN, SEE", "USER, SEE" })
	void seesTheirOwnAccountAndChangesItOnlyAsSystemAdministrator(Role actor, Reach expected) {
		Rank rank = new Rank(ACTOR, 1, actor, Set.of(7L));

		assertThat(rank.over(ACTOR, 1, 7L, actor)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} creates a {2} in group {1}: {3}")
	@CsvSource(textBlock = """
			SYSTEM_ADMIN, 8, SYSTEM_ADMIN, true
			ADMIN,        7, USER,         true
			ADMIN,        7, ADMIN,        false
			ADMIN,        8, USER,         false
			USER,         7, USER,         false
			""")
	void createsOnlyWhatItCouldChangeAfterwards(Role actor, long group, Role newRole, boolean expected) {
		Rank rank = new Rank(ACTOR, 1, actor, actor == Role.ADMIN ? Set.of(7L) : Set.of());

		assertThat(rank.mayCreate(group, newRole)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "ADMIN, an Administrator", "SYSTEM_ADMIN, a System Administrator" })
	void saysWhoseAccountItIs(Role role, String whose) {
		assertThat(English.of(Rank.outranked(role)))
			.isEqualTo("This account belongs to " + whose + "; only a System Administrator can change it.");
	}

}
