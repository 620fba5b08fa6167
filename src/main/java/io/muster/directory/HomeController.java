package io.muster.directory;

import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in home: the groups and users an administrator manages, or a user's own account.
 */
@Controller
class HomeController {

	private final DirectoryService directory;

	HomeController(DirectoryService directory) {
		this.directory = directory;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser me, Model model) {
		Me details = directory.me(me);
		model.addAttribute("me", details);
		if (me.role().isAdministrator()) {
			model.addAttribute("groups", details.managedGroups());
			model.addAttribute("groupNames", details.managedGroups().stream()
				.collect(Collectors.toMap(GroupSummary::id, GroupSummary::name)));
			model.addAttribute("users", directory.manageableUsers(me));
		}
		return "directory/home";
	}

}
