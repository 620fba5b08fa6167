package io.muster.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The groups the caller manages; System Administrators create, rename and delete them.
 */
@RestController
@RequestMapping("/api/v1/groups")
@Tag(name = "Groups", description = "Classes, years or staff rooms. Administrators see their own groups.")
class GroupApiController {

	private final GroupManagement groups;

	private final DirectoryService directory;

	GroupApiController(GroupManagement groups, DirectoryService directory) {
		this.groups = groups;
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "The groups the caller manages, with member counts")
	List<GroupOverview> groups(@AuthenticationPrincipal SignedInUser me) {
		return groups.overview(me);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One group the caller manages")
	GroupSummary group(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return directory.manageableGroup(me, id);
	}

	@PostMapping
	@Operation(summary = "Create a group (System Administrators)")
	ResponseEntity<GroupSummary> create(@AuthenticationPrincipal SignedInUser me, @RequestBody GroupName body) {
		GroupSummary created = groups.create(me, body.nameOrEmpty());
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
			.buildAndExpand(created.id()).toUri()).body(created);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Rename a group (System Administrators)")
	GroupSummary rename(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody GroupName body) {
		return groups.rename(me, id, body.nameOrEmpty());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an empty group (System Administrators)",
			description = "A group with members is refused with 409; move them to another group first.")
	void delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		groups.delete(me, id);
	}

	record GroupName(@Nullable String name) {

		String nameOrEmpty() {
			return name == null ? "" : name;
		}

	}

}
