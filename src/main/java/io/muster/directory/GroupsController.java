package io.muster.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The groups with their member counts; System Administrators create, rename and delete them.
 */
@Controller
class GroupsController {

	private final GroupManagement groups;

	private final Notices notices;

	GroupsController(GroupManagement groups, Notices notices) {
		this.groups = groups;
		this.notices = notices;
	}

	@GetMapping("/groups")
	String list(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("groups", groups.overview(me));
		return "directory/groups";
	}

	@PostMapping("/groups")
	String create(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String name, Model model,
			RedirectAttributes redirect) {
		try {
			GroupSummary created = groups.create(me, name);
			redirect.addFlashAttribute("notice", notices.text("groups.created", created.name()));
			return "redirect:/groups";
		}
		catch (InvalidDirectoryInput | ChangeRefused ex) {
			model.addAttribute("newName", name);
			return failed(me, model, null, notices.detail(ex));
		}
	}

	@PostMapping("/groups/{id}")
	String rename(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
		try {
			GroupSummary renamed = groups.rename(me, id, name);
			redirect.addFlashAttribute("notice", notices.text("groups.renamed", renamed.name()));
			return "redirect:/groups";
		}
		catch (InvalidDirectoryInput | ChangeRefused ex) {
			return failed(me, model, id, notices.detail(ex));
		}
	}

	@PostMapping("/groups/{id}/delete")
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam String name,
			Model model, RedirectAttributes redirect) {
		try {
			groups.delete(me, id);
			redirect.addFlashAttribute("notice", notices.text("groups.deleted", name));
			return "redirect:/groups";
		}
		catch (ChangeRefused ex) {
			return failed(me, model, id, notices.detail(ex));
		}
	}

	/**
	 * Shows the list again with the problem next to the group it is about (or the create form).
	 */
	private String failed(SignedInUser me, Model model, @Nullable Long groupId, @Nullable String error) {
		model.addAttribute("errorGroupId", groupId);
		model.addAttribute("error", error);
		return list(me, model);
	}

}
