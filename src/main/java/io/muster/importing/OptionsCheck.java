package io.muster.importing;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.web.ErrorResponseException;

import io.muster.directory.AccountRules;
import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;
import io.muster.organization.OrganizationSettings;
import io.muster.web.Message;

/**
 * Checks the import options against the caller's role and the organization's settings.
 */
final class OptionsCheck {

	/** The field a form shows a refused target group of "This file is the whole group" next to. */
	static final String MOVE_TO = "sync.moveToGroupId";

	private OptionsCheck() {
	}

	static void check(SignedInUser actor, ImportOptions options, OrganizationSettings organization,
			DirectoryService directory) {
		if (options.groupId() == null) {
			throw ImportRejected.badField("groupId", "import.problem.groupMissing.title",
					Message.of("import.problem.groupMissing"));
		}
		directory.manageableGroup(actor, options.groupId());
		if (options.role() != null && !directory.rank(actor).isSystemAdmin()) {
			throw ImportRejected.forbidden("import.problem.roleForbidden");
		}
		if (options.welcomeEmail() && !organization.advancedEmailNotifications()) {
			throw ImportRejected.badField("welcomeEmail", "import.problem.welcomeUnavailable.title",
					Message.of("import.problem.welcomeUnavailable", organization.name()));
		}
		Set<String> tags = new LinkedHashSet<>();
		options.tags().forEach(typed -> tags.addAll(AccountRules.splitTags(typed)));
		AccountRules.tagsProblem(tags).ifPresent(problem -> {
			throw ImportRejected.badField("tags", "import.problem.tagRefused.title", problem);
		});
		if (options.syncs()) {
			checkMoveTarget(actor, options, directory);
		}
	}

	/**
	 * Accounts left out of a file that is the whole group go to another group the caller manages.
	 */
	private static void checkMoveTarget(SignedInUser actor, ImportOptions options, DirectoryService directory) {
		SyncOption sync = Objects.requireNonNull(options.sync());
		if (sync.missingOrLeave() != SyncOption.Missing.MOVE) {
			return;
		}
		Long target = sync.moveToGroupId();
		if (target == null || target.equals(options.groupId())) {
			throw ImportRejected.badField(MOVE_TO, "import.sync.problem.moveTo.title",
					Message.of(target == null ? "import.sync.problem.moveToMissing" : "import.sync.problem.moveToSame"));
		}
		try {
			directory.manageableGroup(actor, target);
		}
		catch (ErrorResponseException ex) {
			throw ImportRejected.badField(MOVE_TO, "import.sync.problem.moveTo.title",
					Message.of("import.sync.problem.moveToNotYours"));
		}
	}

}
