package io.muster.importing;

import java.util.LinkedHashSet;
import java.util.Set;

import io.muster.directory.AccountRules;
import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;
import io.muster.organization.OrganizationSettings;
import io.muster.web.Message;

/**
 * Checks the import options against the caller's role and the organization's settings.
 */
final class OptionsCheck {

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
	}

}
