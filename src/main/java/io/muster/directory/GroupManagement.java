package io.muster.directory;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.muster.web.Message;

/**
 * Creates, renames and deletes groups. Everyone who manages groups sees theirs with member
 * counts; only a System Administrator changes the set of groups, since it is the organization's.
 */
@Service
public class GroupManagement {

	private final Groups groups;

	private final Users users;

	private final DirectoryService directory;

	private final ApplicationEventPublisher events;

	GroupManagement(Groups groups, Users users, DirectoryService directory, ApplicationEventPublisher events) {
		this.groups = groups;
		this.users = users;
		this.directory = directory;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<GroupOverview> overview(SignedInUser actor) {
		return directory.manageableGroups(actor).stream()
			.map(group -> new GroupOverview(group.id(), group.name(), users.countInGroup(group.id())))
			.toList();
	}

	@Transactional
	public GroupSummary create(SignedInUser actor, String name) {
		requireSystemAdmin(actor, "createGroups");
		String clean = checkedName(actor, name, null);
		audit(actor, "group.CREATED", clean);
		return save(new Group(actor.organizationId(), clean), clean).summary();
	}

	@Transactional
	public GroupSummary rename(SignedInUser actor, long groupId, String name) {
		requireSystemAdmin(actor, "renameGroups");
		Group group = find(actor, groupId);
		String clean = checkedName(actor, name, groupId);
		audit(actor, "group.RENAMED", group.name() + " → " + clean);
		group.rename(clean);
		return save(group, clean).summary();
	}

	/**
	 * Deletes an empty group; a group with members stays, so that no one is left without one by
	 * accident.
	 */
	@Transactional
	public void delete(SignedInUser actor, long groupId) {
		requireSystemAdmin(actor, "deleteGroups");
		Group group = find(actor, groupId);
		long members = users.countInGroup(groupId);
		if (members > 0) {
			throw new ChangeRefused("group",
					Message.of("directory.problem.change-refused.groupHasMembers", group.name(), members));
		}
		groups.delete(group);
		audit(actor, "group.DELETED", group.name());
	}

	private void audit(SignedInUser actor, String action, String subject) {
		events.publishEvent(new DirectoryActivity(actor.organizationId(), actor.id(), action, subject));
	}

	private Group find(SignedInUser actor, long groupId) {
		return groups.findById(groupId)
			.filter(group -> group.organizationId() == actor.organizationId())
			.orElseThrow(GroupNotFound::new);
	}

	private String checkedName(SignedInUser actor, String name, @Nullable Long self) {
		String clean = AccountRules.tidy(name);
		AccountRules.groupNameProblem(clean).ifPresent(problem -> {
			throw new InvalidDirectoryInput("name", problem);
		});
		String key = clean.toLowerCase(Locale.ROOT);
		boolean taken = groups.findByOrganizationIdOrderByName(actor.organizationId()).stream()
			.anyMatch(group -> group.name().toLowerCase(Locale.ROOT).equals(key) && (self == null || group.summary().id() != self));
		if (taken) {
			throw nameTaken(clean);
		}
		return clean;
	}

	private Group save(Group group, String name) {
		try {
			return groups.save(group);
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(name);
		}
	}

	private static ChangeRefused nameTaken(String name) {
		return new ChangeRefused("name", Message.of("directory.problem.change-refused.groupNameTaken", name));
	}

	private static void requireSystemAdmin(SignedInUser actor, String what) {
		if (!actor.isSystemAdmin()) {
			throw new SystemAdminsOnly(what);
		}
	}

}
