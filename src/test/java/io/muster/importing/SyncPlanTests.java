package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.muster.directory.GroupMember;
import io.muster.directory.PersonName;
import io.muster.directory.Rank;
import io.muster.directory.Role;
import io.muster.directory.UserStatus;

/**
 * What a file that is the whole group does to the accounts it leaves out, how its rows differ from
 * the accounts of the group, and when the safety brake stops it: no Spring, no database.
 */
class SyncPlanTests {

	private static final long SCHOOL = 1;

	private static final long GROUP = 7;

	private static final long ACTOR = 100;

	private static final Rank ADMINISTRATOR = new Rank(ACTOR, SCHOOL, Role.ADMIN, Set.of(GROUP));

	private static final Rank SYSTEM_ADMINISTRATOR = new Rank(ACTOR, SCHOOL, Role.SYSTEM_ADMIN, Set.of());

	private static final SyncOption SUSPEND = new SyncOption(true, SyncOption.Missing.SUSPEND, null);

	@Test
	void accountsTheFileLeavesOutAreSuspendedAndThoseItNamesAreNot() {
		SyncPlan plan = plan(List.of(pupil(1, "ann"), pupil(2, "ben"), pupil(3, "cem")), Set.of("ann@s.test", "cem@s.test"),
				SUSPEND, ADMINISTRATOR, 50);

		assertThat(plan.missing()).extracting(missing -> missing.account().email(), MissingAccount::fate)
			.containsExactly(tuple("ben@s.test", MissingAccount.Fate.SUSPEND));
		assertThat(plan.changing()).hasSize(1);
	}

	@Test
	void anEmailDiffersOnlyInCaseFromTheFilesAndIsNotMissing() {
		SyncPlan plan = plan(List.of(new GroupMember(1, "Ann@S.test", PersonName.full("Ann"), Role.USER,
				UserStatus.ACTIVE, List.of())), Set.of("ann@s.test"), SUSPEND, ADMINISTRATOR, 10);

		assertThat(plan.missing()).isEmpty();
	}

	@Test
	void anAdministratorsSyncLeavesAdministratorsAndTheirOwnAccountAsTheyAre() {
		SyncPlan plan = plan(List.of(member(1, "ada", Role.ADMIN, UserStatus.ACTIVE),
				member(2, "sam", Role.SYSTEM_ADMIN, UserStatus.ACTIVE), member(ACTOR, "me", Role.ADMIN, UserStatus.ACTIVE),
				pupil(3, "ben")), Set.of(), SUSPEND, ADMINISTRATOR, 100);

		assertThat(plan.missing()).extracting(MissingAccount::fate).containsExactly(MissingAccount.Fate.OUTRANKED,
				MissingAccount.Fate.OUTRANKED, MissingAccount.Fate.YOURSELF, MissingAccount.Fate.SUSPEND);
		assertThat(plan.missing().get(0).what().arguments()).containsExactly(Rank.outranked(Role.ADMIN));
	}

	@Test
	void aSystemAdministratorsSyncChangesEveryoneButThemselves() {
		SyncPlan plan = plan(List.of(member(1, "ada", Role.ADMIN, UserStatus.ACTIVE),
				member(ACTOR, "me", Role.SYSTEM_ADMIN, UserStatus.ACTIVE)), Set.of(), SUSPEND, SYSTEM_ADMINISTRATOR, 100);

		assertThat(plan.missing()).extracting(MissingAccount::fate).containsExactly(MissingAccount.Fate.SUSPEND,
				MissingAccount.Fate.YOURSELF);
	}

	@Test
	void aSuspendedAccountStaysAsItIsAndLeaveChangesNobody() {
		List<GroupMember> members = List.of(member(1, "ben", Role.USER, UserStatus.SUSPENDED), pupil(2, "cem"));

		assertThat(plan(members, Set.of(), SUSPEND, ADMINISTRATOR, 100).missing()).extracting(MissingAccount::fate)
			.containsExactly(MissingAccount.Fate.ALREADY_SUSPENDED, MissingAccount.Fate.SUSPEND);
		assertThat(plan(members, Set.of(), new SyncOption(true, null, null), ADMINISTRATOR, 0).changing()).isEmpty();
		assertThat(plan(members, Set.of(), new SyncOption(true, SyncOption.Missing.MOVE, 8L), ADMINISTRATOR, 100)
			.missing()).extracting(MissingAccount::fate).containsOnly(MissingAccount.Fate.MOVE);
	}

	@Test
	void theBrakeStopsOnlyMoreThanTheShare() {
		assertThat(new SyncBrake(3, 30, 10, SyncOption.Missing.SUSPEND).engaged()).isFalse();
		assertThat(new SyncBrake(4, 30, 10, SyncOption.Missing.SUSPEND).engaged()).isTrue();
		assertThat(new SyncBrake(1, 1, 100, SyncOption.Missing.MOVE).engaged()).isFalse();
		assertThat(new SyncBrake(1, 100, 0, SyncOption.Missing.MOVE).engaged()).isTrue();
		assertThat(new SyncBrake(0, 0, 0, SyncOption.Missing.SUSPEND).engaged()).isFalse();
	}

	@Test
	void theBrakeSaysHowManyOfHowManyAndTheLimit() {
		SyncBrake brake = new SyncBrake(12, 30, 10, SyncOption.Missing.SUSPEND);

		assertThat(brake.percent()).isEqualTo(40);
		assertThat(brake.message().code()).isEqualTo("import.sync.brake.SUSPEND");
		assertThat(brake.message().arguments()).containsExactly(12, 30, 40, 10);
	}

	@Test
	void aPlanCountsTheWholeGroupForItsBrake() {
		SyncPlan plan = plan(List.of(pupil(1, "ann"), pupil(2, "ben"), pupil(3, "cem"), pupil(4, "dan")),
				Set.of("ann@s.test", "ben@s.test"), SUSPEND, ADMINISTRATOR, 25);

		assertThat(plan.brake()).isEqualTo(new SyncBrake(2, 4, 25, SyncOption.Missing.SUSPEND));
		assertThat(plan.brake().engaged()).isTrue();
	}

	@Test
	void aRenamedAccountIsUpdatedFromTo() {
		GroupMember ben = new GroupMember(2, "ben@s.test", PersonName.full("Ben Brown"), Role.USER, UserStatus.ACTIVE,
				List.of("7a"));

		DetailsChange change = DetailsChange.between(ben, PersonName.full("Ben Braun"), null).orElseThrow();

		assertThat(change.renames()).isTrue();
		assertThat(change.retags()).isFalse();
		assertThat(change.nameBefore()).isEqualTo("Ben Brown");
		assertThat(change.nameAfter()).isEqualTo("Ben Braun");
	}

	@Test
	void tagsAreComparedInAnyOrderAndOnlyWhenTheFileHasThem() {
		GroupMember ann = new GroupMember(1, "ann@s.test", PersonName.full("Ann"), Role.USER, UserStatus.ACTIVE,
				List.of("7a", "chess"));

		assertThat(DetailsChange.between(ann, PersonName.full("Ann"), List.of("chess", "7a"))).isEmpty();
		assertThat(DetailsChange.between(ann, PersonName.full("Ann"), null)).isEmpty();
		DetailsChange retagged = DetailsChange.between(ann, PersonName.full("Ann"), List.of("7b")).orElseThrow();
		assertThat(retagged.renames()).isFalse();
		assertThat(retagged.tagsBefore()).containsExactly("7a", "chess");
		assertThat(retagged.tagsAfter()).containsExactly("7b");
	}

	@Test
	void firstAndLastNamesCountWhenTheFileHasThem() {
		GroupMember ann = new GroupMember(1, "ann@s.test", PersonName.of("Ann", "Lee Park"), Role.USER,
				UserStatus.ACTIVE, List.of());

		assertThat(DetailsChange.between(ann, PersonName.of("Ann", "Lee Park"), null)).isEmpty();
		assertThat(DetailsChange.between(ann, PersonName.full("Ann Lee Park"), null)).isEmpty();
		assertThat(DetailsChange.between(ann, PersonName.of("Ann Lee", "Park"), null)).isPresent();
	}

	private static SyncPlan plan(List<GroupMember> members, Set<String> fileEmails, SyncOption option, Rank rank,
			int limit) {
		return SyncPlan.of(members, fileEmails, option, rank, ACTOR, SCHOOL, GROUP, limit);
	}

	private static GroupMember pupil(long id, String name) {
		return member(id, name, Role.USER, UserStatus.ACTIVE);
	}

	private static GroupMember member(long id, String name, Role role, UserStatus status) {
		return new GroupMember(id, name + "@s.test", PersonName.full(name), role, status, List.of());
	}

}
