package io.muster.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.muster.directory.DirectoryService;
import io.muster.directory.GroupSummary;
import io.muster.directory.SignedInUser;

/**
 * The verify step of Batch Import: what was chosen, every row with its Valid? verdict, fixes typed
 * in place, and the last chance to cancel before Import.
 */
@Controller
class VerifyController {

	static final int PAGE_SIZE = 100;

	private final ImportDrafts drafts;

	private final ImportQueue queue;

	private final MessageSource messages;

	private final DirectoryService directory;

	VerifyController(ImportDrafts drafts, ImportQueue queue, MessageSource messages, DirectoryService directory) {
		this.drafts = drafts;
		this.queue = queue;
		this.messages = messages;
		this.directory = directory;
	}

	@GetMapping("/imports/{id}/verify")
	String verify(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean invalid, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable Integer edit,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		DraftChoices draft = drafts.choices(me, id);
		if (draft.mapping() == null || draft.options() == null) {
			return "redirect:/imports/" + id + "/preview";
		}
		fill(model, draft, drafts.verified(me, id), drafts.sincePrevious(me, id), invalid, page, edit);
		chosen(me, draft, model);
		return htmx != null ? "importing/verify :: results" : "importing/verify";
	}

	@PostMapping("/imports/{id}/rows/{row}")
	String fix(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @PathVariable int row,
			@RequestParam(required = false) @Nullable String name, @RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName, @RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String tags,
			@RequestParam(required = false) @Nullable String password,
			@RequestParam(defaultValue = "false") boolean invalid, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		drafts.fixRow(me, id, row, new RowFix(name, firstName, lastName, email, tags, blankToNull(password)));
		if (htmx == null) {
			return "redirect:/imports/" + id + "/verify?invalid=" + invalid + "&page=" + page + "#row-" + row;
		}
		DraftChoices draft = drafts.choices(me, id);
		fill(model, draft, drafts.verified(me, id), drafts.sincePrevious(me, id), invalid, page, null);
		chosen(me, draft, model);
		model.addAttribute("fixed", row);
		return "importing/verify :: results";
	}

	@PostMapping("/imports/{id}/start")
	String start(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirmLargeChange, Model model, Locale locale) {
		try {
			queue.start(me, id, confirmLargeChange);
		}
		catch (ImportRejected ex) {
			model.addAttribute("startError", ex.detail(messages, locale));
			DraftChoices draft = drafts.choices(me, id);
			fill(model, draft, drafts.verified(me, id), drafts.sincePrevious(me, id), false, 0, null);
			chosen(me, draft, model);
			return "importing/verify";
		}
		return "redirect:/imports/" + id;
	}

	private static void fill(Model model, DraftChoices draft, DraftVerification.Verified verified,
			Map<Integer, SincePrevious> since, boolean invalidOnly, int page, @Nullable Integer edit) {
		List<RowVerdict> verdicts = verified.rows();
		SyncPlan sync = verified.sync();
		RowPage rows = RowPage.of(verdicts, invalidOnly ? Boolean.FALSE : null, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("draft", draft);
		model.addAttribute("oneName", draft.mapping() != null && draft.mapping().usesOneNameColumn());
		model.addAttribute("rowPasswords", draft.mapping() != null && draft.mapping().password() != null);
		model.addAttribute("rows", rows.rows());
		model.addAttribute("page", rows);
		model.addAttribute("invalidOnly", invalidOnly);
		model.addAttribute("edit", edit);
		model.addAttribute("since", since);
		model.addAttribute("newSince", since.values().stream().filter(mark -> mark != SincePrevious.STILL_REFUSED).count());
		model.addAttribute("stillRefused", since.values().stream().filter(mark -> mark == SincePrevious.STILL_REFUSED).count());
		model.addAttribute("creating", verdicts.stream().filter(v -> v.valid() && v.action() == RowAction.CREATE).count());
		model.addAttribute("updating", verdicts.stream().filter(v -> v.valid() && v.action() != RowAction.CREATE).count());
		model.addAttribute("notImported", verdicts.stream().filter(v -> !v.valid() && !v.onlyHasAnAccount()).count());
		model.addAttribute("existing", verdicts.stream().filter(RowVerdict::onlyHasAnAccount).count());
		model.addAttribute("sync", sync);
		model.addAttribute("nothingToImport",
				verdicts.stream().noneMatch(RowVerdict::valid) && (sync == null || sync.changing().isEmpty()));
	}

	/**
	 * What the options step chose, as the page repeats it above the rows; never the password itself.
	 */
	private void chosen(SignedInUser me, DraftChoices draft, Model model) {
		ImportOptions options = Objects.requireNonNull(draft.options());
		model.addAttribute("options", options);
		model.addAttribute("role", options.roleOrDefault());
		List<GroupSummary> groups = directory.manageableGroups(me);
		model.addAttribute("groupName", nameOf(groups, options.groupId()));
		model.addAttribute("moveToName", options.sync() == null ? "" : nameOf(groups, options.sync().moveToGroupId()));
		model.addAttribute("systemAdmin", me.isSystemAdmin());
		String passwordColumn = Objects.requireNonNull(draft.mapping()).password();
		model.addAttribute("passwordColumn", passwordColumn);
		model.addAttribute("asksNewPassword", options.asksNewPassword(passwordColumn == null));
	}

	private static String nameOf(List<GroupSummary> groups, @Nullable Long groupId) {
		return groups.stream().filter(group -> Objects.equals(group.id(), groupId)).map(GroupSummary::name).findFirst()
			.orElse("");
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isEmpty() ? null : value;
	}

}
