package io.muster.organization;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organization settings page for System Administrators.
 *
 * <p>The signed-in user's organization id is read through an expression on the principal, so
 * that this module does not depend on the directory, which depends on it.
 */
@Controller
class OrganizationController {

	private final OrganizationService organizations;

	private final MessageSource messages;

	OrganizationController(OrganizationService organizations, MessageSource messages) {
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping("/organization")
	String show(@AuthenticationPrincipal(expression = "organizationId") long organizationId, Model model) {
		OrganizationSettings settings = organizations.settings(organizationId);
		return page(model, new SettingsChange(settings.version(), settings.name(),
				settings.advancedEmailNotifications(), settings.importLimits().maxColumns(),
				settings.importLimits().maxUsers(), (int) settings.maxImportFileMegabytes(),
				settings.minPasswordLength(), settings.maxSyncChangePercent()), Map.of());
	}

	@PostMapping("/organization")
	String save(@AuthenticationPrincipal(expression = "organizationId") long organizationId,
			@AuthenticationPrincipal(expression = "id") long actorId, @ModelAttribute SettingsForm form, Model model,
			RedirectAttributes redirect) {
		SettingsChange change = form.change();
		try {
			organizations.change(organizationId, actorId, change);
		}
		catch (InvalidSettings ex) {
			return page(model, change, ex.problems(messages, LocaleContextHolder.getLocale()));
		}
		catch (SettingsChangedMeanwhile ex) {
			return page(model, change, Map.of("form", ex.detail(messages, LocaleContextHolder.getLocale())));
		}
		redirect.addFlashAttribute("notice",
				messages.getMessage("organization.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/organization";
	}

	private String page(Model model, SettingsChange settings, Map<String, String> errors) {
		model.addAttribute("settings", settings);
		model.addAttribute("errors", errors);
		model.addAttribute("columns", SettingsBounds.COLUMNS);
		model.addAttribute("users", SettingsBounds.USERS);
		model.addAttribute("fileMegabytes", SettingsBounds.FILE_MEGABYTES);
		model.addAttribute("passwordLength", SettingsBounds.PASSWORD_LENGTH);
		model.addAttribute("syncChangePercent", SettingsBounds.SYNC_CHANGE_PERCENT);
		return "organization/settings";
	}

	/**
	 * The form as sent: an unticked checkbox sends nothing, which means off.
	 */
	record SettingsForm(@Nullable Integer version, @Nullable String name, @Nullable Boolean advancedEmailNotifications,
			@Nullable Integer maxImportColumns, @Nullable Integer maxImportUsers,
			@Nullable Integer maxImportFileMegabytes, @Nullable Integer minPasswordLength,
			@Nullable Integer maxSyncChangePercent) {

		SettingsChange change() {
			return new SettingsChange(version, name, Boolean.TRUE.equals(advancedEmailNotifications),
					maxImportColumns, maxImportUsers, maxImportFileMegabytes, minPasswordLength, maxSyncChangePercent);
		}

	}

}
