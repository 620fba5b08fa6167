package io.muster.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's own account: read it, change the name, the password and the email address.
 */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My account", description = "The signed-in user's own account; every role may use it.")
class DirectoryApiController {

	private final DirectoryService directory;

	private final EmailChangeService emailChanges;

	DirectoryApiController(DirectoryService directory, EmailChangeService emailChanges) {
		this.directory = directory;
		this.emailChanges = emailChanges;
	}

	@GetMapping
	@Operation(summary = "The caller with their organization and the groups they manage")
	Me me(@AuthenticationPrincipal SignedInUser me) {
		return directory.me(me);
	}

	@PatchMapping
	@Operation(summary = "Change the caller's name")
	Me changeName(@AuthenticationPrincipal SignedInUser me, @RequestBody NameChange change) {
		return directory.changeName(me, change.fullName() == null ? "" : change.fullName());
	}

	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the caller's password; needs the current one")
	void changePassword(@AuthenticationPrincipal SignedInUser me, @RequestBody PasswordChange change) {
		directory.changePassword(me, text(change.currentPassword()), text(change.newPassword()));
	}

	@PostMapping("/email")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a confirmation link to a new email address",
			description = "The address changes when the link is opened; until then the current one stays.")
	void changeEmail(@AuthenticationPrincipal SignedInUser me, @RequestBody EmailChange change) {
		emailChanges.request(me, text(change.newEmail()), text(change.currentPassword()));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	record NameChange(@Nullable String fullName) {
	}

	record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
	}

	record EmailChange(@Nullable String newEmail, @Nullable String currentPassword) {
	}

}
