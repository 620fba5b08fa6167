package io.muster.directory;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
	Me changeName(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody NameChange change) {
		return directory.changeName(me, change.fullName());
	}

	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the caller's password; needs the current one")
	void changePassword(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody PasswordChange change) {
		directory.changePassword(me, change.currentPassword(), change.newPassword());
	}

	@PostMapping("/email")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a confirmation link to a new email address",
			description = "The address changes when the link is opened; until then the current one stays.")
	void changeEmail(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody EmailChange change) {
		emailChanges.request(me, change.newEmail(), change.currentPassword());
	}

	record NameChange(@NotNull String fullName) {
	}

	record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
	}

	record EmailChange(@NotNull String newEmail, @NotNull String currentPassword) {
	}

}
