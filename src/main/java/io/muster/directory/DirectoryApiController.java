package io.muster.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as scripts and tests see it: the caller, their groups, the users within reach.
 */
@RestController
@RequestMapping("/api/v1")
class DirectoryApiController {

	private final DirectoryService directory;

	DirectoryApiController(DirectoryService directory) {
		this.directory = directory;
	}

	@GetMapping("/me")
	Me me(@AuthenticationPrincipal SignedInUser me) {
		return directory.me(me);
	}

	@GetMapping("/groups")
	List<GroupSummary> groups(@AuthenticationPrincipal SignedInUser me) {
		return directory.manageableGroups(me);
	}

	@GetMapping("/groups/{id}")
	GroupSummary group(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return directory.manageableGroup(me, id);
	}

	/**
	 * The users within the caller's reach, or the one with the given email address (whatever its
	 * case); an empty list when there is none within reach.
	 */
	@GetMapping("/users")
	List<UserSummary> users(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable String email) {
		if (email == null) {
			return directory.manageableUsers(me);
		}
		return directory.findUser(me, email).stream().toList();
	}

	@GetMapping("/users/{id}")
	UserSummary user(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return directory.user(me, id);
	}

}
