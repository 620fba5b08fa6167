package io.muster.importing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.muster.directory.GroupMember;
import io.muster.directory.PersonName;

/**
 * How an account of the group differs from its row of a file that is the whole group: the name,
 * and the tags when the file has a tag column. The one place that decides whether such an account
 * is updated.
 *
 * @param tagsAfter null when the file has no tag column, so its tags are not compared and stay
 */
public record DetailsChange(String nameBefore, String nameAfter, List<String> tagsBefore,
		@Nullable List<String> tagsAfter) {

	/**
	 * What would change, or nothing when the account already is as the file has it.
	 */
	static Optional<DetailsChange> between(GroupMember account, PersonName name, @Nullable List<String> tags) {
		List<String> sortedTags = tags == null ? null : tags.stream().sorted().toList();
		boolean renames = !sameName(account.name(), name);
		boolean retags = sortedTags != null && !sortedTags.equals(account.tags());
		if (!renames && !retags) {
			return Optional.empty();
		}
		return Optional.of(new DetailsChange(account.name().fullName(), name.fullName(), account.tags(),
				retags ? sortedTags : null));
	}

	private static boolean sameName(PersonName before, PersonName after) {
		return before.fullName().equals(after.fullName())
				&& (after.firstName() == null || Objects.equals(before.firstName(), after.firstName()))
				&& (after.lastName() == null || Objects.equals(before.lastName(), after.lastName()));
	}

	public boolean renames() {
		return !nameBefore.equals(nameAfter);
	}

	public boolean retags() {
		return tagsAfter != null;
	}

}
