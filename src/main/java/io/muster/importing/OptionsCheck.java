package io.muster.importing;

import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;
import io.muster.directory.VisibleText;
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
		options.tags().stream().filter(tag -> tag.strip().length() > Verifier.MAX_TAG).findFirst().ifPresent(tag -> {
			throw ImportRejected.badField("tags", "import.problem.tagTooLong.title",
					Message.of("import.problem.tagTooLong", Verifier.MAX_TAG));
		});
		VisibleText.tagsProblem(options.tags()).ifPresent(problem -> {
			throw ImportRejected.badField("tags", "import.problem.tagRefused.title", Message.of(Reasons.TEXT, problem));
		});
	}

}
