package io.muster.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of users with search, filters, paging and bulk actions, and the "Add a user" form.
 */
@Controller
class UsersController {

	static final int PAGE_SIZE = 25;

	private final UserManagement management;

	private final DirectoryService directory;

	private final Notices notices;

	UsersController(UserManagement management, DirectoryService directory, Notices notices) {
		this.management = management;
		this.directory = directory;
		this.notices = notices;
	}

	@GetMapping("/users")
	String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long group, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable UserStatus status,
			@RequestParam(name = "import", required = false) @Nullable UUID createdBy,
			@RequestParam(required = false) @Nullable Boolean mustChoosePassword,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "asc") String dir,
			@RequestParam(defaultValue = "1") int page, Model model) {
		UserQuery query = new UserQuery(q, group, tag, role, status, createdBy, UserQuery.Sort.parse(sort),
				"desc".equals(dir), page - 1, PAGE_SIZE, mustChoosePassword);
		model.addAttribute("query", query);
		model.addAttribute("links", new UserListLinks(query));
		model.addAttribute("importName", createdBy == null ? null : management.importName(me, createdBy).orElse(""));
		try {
			model.addAttribute("result", management.search(me, query));
		}
		catch (InvalidDirectoryInput ex) {
			model.addAttribute("searchError", notices.detail(ex));
			model.addAttribute("result", new UserPage(List.of(), 0, PAGE_SIZE, 0));
		}
		return listPage(me, model);
	}

	/**
	 * Runs a bulk action; deleting first shows who would go and asks once more, resetting passwords
	 * leads to the page of their sign-in cards.
	 */
	@PostMapping("/users/bulk")
	String bulk(@AuthenticationPrincipal SignedInUser me, @ModelAttribute BulkForm form, Model model,
			RedirectAttributes redirect) {
		BulkChange change = form.change();
		try {
			if (change.action() == BulkChange.Action.DELETE && !form.confirmed()) {
				model.addAttribute("selection", management.selection(me, change.userIds()));
				return "directory/users-delete";
			}
			BulkOutcome outcome = management.bulk(me, change);
			redirect.addFlashAttribute("notice", notices.text(
					change.action() == BulkChange.Action.DELETE ? "users.bulk.deleted" : "users.bulk.done",
					outcome.changed()));
			if (outcome.cards() != null) {
				return "redirect:/cards/" + outcome.cards();
			}
		}
		catch (InvalidDirectoryInput | ChangeRefused | UserChangedMeanwhile ex) {
			redirect.addFlashAttribute("bulkError", notices.detail(ex));
		}
		return "redirect:/users";
	}

	@GetMapping("/users/new")
	String newUser(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("account", new NewAccount("", "", null, Role.USER, "", "", true));
		return newUserPage(me, model, Map.of());
	}

	@PostMapping("/users")
	String create(@AuthenticationPrincipal SignedInUser me, @ModelAttribute NewAccount account, Model model,
			RedirectAttributes redirect) {
		try {
			UserSummary created = management.create(me, account);
			redirect.addFlashAttribute("notice", notices.text("newUser.created", created.fullName()));
			return "redirect:/users/" + created.id();
		}
		catch (InvalidDirectoryInput | EmailTaken ex) {
			model.addAttribute("account", new NewAccount(account.fullName(), account.email(), account.groupId(),
					account.role(), account.tags(), null, account.asksNewPassword()));
			return newUserPage(me, model, notices.byField(ex));
		}
	}

	private String listPage(SignedInUser me, Model model) {
		List<GroupSummary> groups = directory.manageableGroups(me);
		model.addAttribute("groups", groups);
		model.addAttribute("groupNames", groups.stream().collect(Collectors.toMap(GroupSummary::id, GroupSummary::name)));
		model.addAttribute("tags", management.tagsInReach(me));
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", UserStatus.values());
		model.addAttribute("actions", BulkChange.Action.values());
		return "directory/users";
	}

	private String newUserPage(SignedInUser me, Model model, Map<String, String> errors) {
		model.addAttribute("groups", directory.manageableGroups(me));
		model.addAttribute("roles", Role.values());
		model.addAttribute("errors", errors);
		model.addAttribute("passwordRules", notices.text(directory.passwordRules(me.organizationId())));
		model.addAttribute("systemAdmin", me.isSystemAdmin());
		return "directory/user-new";
	}

	/**
	 * The bulk form as the browser sends it: the ticked boxes and the chosen action.
	 */
	record BulkForm(@Nullable List<Long> ids, BulkChange.@Nullable Action action, @Nullable String tag,
			@Nullable Long groupId, @Nullable Boolean confirm) {

		BulkChange change() {
			return new BulkChange(ids, action, tag, groupId);
		}

		boolean confirmed() {
			return Boolean.TRUE.equals(confirm);
		}

	}

}
