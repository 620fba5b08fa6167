package io.muster.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.muster.directory.DirectoryService;
import io.muster.directory.Role;
import io.muster.directory.SignedInUser;
import io.muster.organization.OrganizationService;

/**
 * The preview step of Batch Import: the file's first rows, a field chosen above each column, and
 * the import options, saved together on Continue.
 */
@Controller
class ImportWizardController {

	private final ImportDrafts drafts;

	private final ImportQueue queue;

	private final DirectoryService directory;

	private final OrganizationService organizations;

	private final MessageSource messages;

	private final DraftShelf shelf;

	ImportWizardController(ImportDrafts drafts, ImportQueue queue, DirectoryService directory, OrganizationService organizations,
			MessageSource messages, DraftShelf shelf) {
		this.shelf = shelf;
		this.drafts = drafts;
		this.queue = queue;
		this.directory = directory;
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping("/imports/{id}/preview")
	String preview(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Model model) {
		ImportDraft draft = drafts.draft(me, id);
		if (!draft.isFile()) {
			return "redirect:/imports/" + id + "/verify";
		}
		model.addAttribute("earlierDraft", shelf.earlierDraftOfTheSameFile(me, id).orElse(null));
		return page(me, draft, PreviewForm.of(draft), Map.of(), model);
	}

	@PostMapping("/imports/{id}/separator")
	String reread(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @RequestParam String separator,
			@RequestParam(defaultValue = "true") boolean hasHeader, Model model) {
		try {
			drafts.reread(me, id, BatchImportController.SEPARATORS.get(separator), hasHeader);
		}
		catch (ImportRejected ex) {
			ImportDraft draft = drafts.draft(me, id);
			return page(me, draft, PreviewForm.of(draft),
					Map.of("separator", ex.detail(messages, LocaleContextHolder.getLocale())), model);
		}
		return "redirect:/imports/" + id + "/preview";
	}

	/**
	 * The links of the preview ("Use only one column for name", "No tag column", ...) come here
	 * too, as buttons of the same form, so that what was chosen so far is kept when they change the
	 * offered fields.
	 */
	@PostMapping("/imports/{id}/preview")
	String save(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @ModelAttribute PreviewForm form,
			@RequestParam(defaultValue = "continue") String action, Model model) {
		ImportDraft draft = drafts.draft(me, id);
		if (!"continue".equals(action)) {
			toggle(form, action, draft);
			form.keepOfferedFieldsOnly();
			model.addAttribute("pressed", action);
			return page(me, draft, form, Map.of(), model);
		}
		form.keepOfferedFieldsOnly();
		Map<String, String> errors = new LinkedHashMap<>();
		form.repeatedFields().forEach((column, field) -> errors.put("column" + column,
				messages.getMessage("import.preview.repeatedField", null, LocaleContextHolder.getLocale())));
		if (errors.isEmpty()) {
			attempt(errors, () -> drafts.map(me, id, form.mapping(draft.columns()), form.getDefaultPassword(),
					form.generatesPasswords()));
		}
		attempt(errors, () -> drafts.setOptions(me, id, form.options()));
		if (!errors.isEmpty()) {
			return page(me, draft, form, errors, model);
		}
		return "redirect:/imports/" + id + "/verify";
	}

	@PostMapping("/imports/{id}/cancel")
	String cancel(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		ImportSummary cancelled = queue.cancel(me, id);
		redirect.addFlashAttribute("notice", messages.getMessage("import.cancelled",
				new Object[] { cancelled.fileName() }, LocaleContextHolder.getLocale()));
		return "redirect:/imports";
	}

	private static void toggle(PreviewForm form, String action, ImportDraft draft) {
		switch (action) {
			case "oneName" -> form.useOneName(draft.columns(), draft.suggestedMapping());
			case "twoNames" -> form.useTwoNames(draft.columns(), draft.suggestedMapping());
			case "noTags" -> form.setNoTags(true);
			case "tagColumn" -> form.setNoTags(false);
			case "noPassword" -> form.setNoPassword(true);
			case "passwordColumn" -> form.setNoPassword(false);
			default -> {
			}
		}
	}

	private void attempt(Map<String, String> errors, Runnable step) {
		Locale locale = LocaleContextHolder.getLocale();
		try {
			step.run();
		}
		catch (ImportRejected ex) {
			ex.fieldErrors(messages, locale).forEach(errors::putIfAbsent);
		}
		catch (ErrorResponseException ex) {
			// The directory refuses a group that is not the caller's or not in their organization.
			errors.putIfAbsent("groupId", String.valueOf(ex.updateAndGetBody(messages, locale).getDetail()));
		}
	}

	private String page(SignedInUser me, ImportDraft draft, PreviewForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("separator", BatchImportController.separatorName(draft.separator().charAt(0)));
		model.addAttribute("groups", directory.manageableGroups(me));
		model.addAttribute("missingChoices", SyncOption.Missing.values());
		model.addAttribute("roles", me.isSystemAdmin() ? List.of(Role.USER, Role.ADMIN, Role.SYSTEM_ADMIN) : List.of());
		model.addAttribute("welcomeAvailable",
				organizations.settings(me.organizationId()).advancedEmailNotifications());
		model.addAttribute("passwordRules",
				directory.passwordRules(me.organizationId()).in(messages, LocaleContextHolder.getLocale()));
		return "importing/preview";
	}

}
