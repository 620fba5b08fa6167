package io.muster.importing;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import io.muster.directory.AccountRules;
import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;
import io.muster.organization.OrganizationSettings;

/**
 * Checks the import options against the caller's role and the organization's settings.
 */
final class OptionsCheck {

	private OptionsCheck() {
	}

	static void check(SignedInUser actor, ImportOptions options, OrganizationSettings organization,
			DirectoryService directory, MessageSource messages) {
		if (options.groupId() == null) {
			throw ImportRejected.badField("groupId", "Group missing", "Choose the group the users will join.");
		}
		directory.manageableGroup(actor, options.groupId());
		if (options.role() != null && !directory.rank(actor).isSystemAdmin()) {
			throw ImportRejected.forbidden("Only a System Administrator can choose the User role of imported users.");
		}
		if (options.welcomeEmail() && !organization.advancedEmailNotifications()) {
			throw ImportRejected.badField("welcomeEmail", "Welcome email not available",
					"Welcome emails need Advanced Email Notifications, which are off for " + organization.name()
							+ ". A System Administrator can turn them on in the organization settings.");
		}
		Set<String> tags = new LinkedHashSet<>();
		options.tags().forEach(typed -> tags.addAll(AccountRules.splitTags(typed)));
		AccountRules.tagsProblem(tags).ifPresent(problem -> {
			throw ImportRejected.badField("tags", "Tag not accepted", problem.in(messages, LocaleContextHolder.getLocale()));
		});
	}

}
