package io.muster.directory;

import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in home: the groups and users an administrator manages, a page at a time as the user
 * list shows them, or a user's own account.
 */
@Controller
class HomeController {

	private final DirectoryService directory;

	private final UserManagement management;

	HomeController(DirectoryService directory, UserManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "1") int page, Model model) {
		Me details = directory.me(me);
		model.addAttribute("me", details);
		if (me.role().isAdministrator()) {
			model.addAttribute("groups", details.managedGroups());
			model.addAttribute("groupNames", details.managedGroups().stream()
				.collect(Collectors.toMap(GroupSummary::id, GroupSummary::name)));
			model.addAttribute("result", management.search(me, new UserQuery(null, null, null, null, null, null,
					UserQuery.Sort.NAME, false, page - 1, UsersController.PAGE_SIZE)));
		}
		return "directory/home";
	}

}
