package io.muster.directory;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.muster.cards.CardPaper;
import io.muster.cards.CardsDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The users within the caller's reach: list, add, change, reset passwords, delete, bulk actions.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "System Administrators reach the whole organization, Administrators "
		+ "the Users of their groups. Users out of reach are 404; administrators within an Administrator's "
		+ "groups are 403.")
class UserApiController {

	private final UserManagement management;

	private final DirectoryService directory;

	private final PasswordResetService resets;

	UserApiController(UserManagement management, DirectoryService directory, PasswordResetService resets) {
		this.management = management;
		this.directory = directory;
		this.resets = resets;
	}

	/**
	 * One page of users, or the one with the given email address (whatever its case); the total
	 * count is in the X-Total-Count header.
	 */
	@GetMapping
	@Operation(summary = "List or search users",
			description = "With email: the user with that address (any case), or an empty list. Otherwise one "
					+ "page of users matching q (name or email, at most 100 characters) and the filters; "
					+ "X-Total-Count gives the number of all matches.")
	ResponseEntity<List<UserSummary>> users(@AuthenticationPrincipal SignedInUser me,
			@RequestParam(required = false) @Nullable String email, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long group, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable UserStatus status,
			@Parameter(description = "only the accounts this import created") @RequestParam(name = "import", required = false) @Nullable UUID createdBy,
			@Parameter(description = "true: only those who must choose a password at their next sign-in; "
					+ "false: only the others")
			@RequestParam(required = false) @Nullable Boolean mustChoosePassword,
			@Parameter(description = "name, email, role, status or created") @RequestParam(required = false) @Nullable String sort,
			@Parameter(description = "asc or desc") @RequestParam(defaultValue = "asc") String dir,
			@Parameter(description = "0-based") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int size) {
		if (email != null) {
			List<UserSummary> found = directory.findUser(me, email).stream().toList();
			return ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.size())).body(found);
		}
		UserPage result = management.search(me, new UserQuery(q, group, tag, role, status, createdBy, UserQuery.Sort.parse(sort),
				"desc".equalsIgnoreCase(dir), page, size, mustChoosePassword));
		return ResponseEntity.ok().header("X-Total-Count", String.valueOf(result.total())).body(result.users());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One user, with the version to send back with a change")
	UserSummary user(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return directory.user(me, id);
	}

	@PostMapping
	@Operation(summary = "Add a user", description = "Same rules as an import: name and email required, the "
			+ "email not yet taken in any case (409), the organization's password policy, one of the caller's "
			+ "groups; only a System Administrator chooses a role other than USER.")
	ResponseEntity<UserSummary> create(@AuthenticationPrincipal SignedInUser me, @RequestBody NewAccount account) {
		UserSummary created = management.create(me, account);
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
			.buildAndExpand(created.id()).toUri()).body(created);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change a user", description = "Fields left out stay as they are; version is required "
			+ "and a stale one gives 409 \"changed meanwhile\". Only a System Administrator changes roles.")
	UserSummary update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody UserChange change) {
		return management.update(me, id, change);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a user for good",
			description = "Refused (409) for yourself, the last System Administrator and users who started imports.")
	void delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(required = false) @Nullable Integer version) {
		management.delete(me, id, version);
	}

	@PostMapping("/{id}/password-reset")
	@Operation(summary = "Reset a user's password",
			description = "With mail delivered, the user gets a link (linkSent); otherwise the response carries a "
					+ "one-time password, shown this once and stored only as a hash. With askNewPassword, the user "
					+ "must choose a password of their own at their next sign-in.")
	ResponseEntity<PasswordReset> resetPassword(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody(required = false) @Nullable ResetRequest request) {
		boolean askNewPassword = request != null && request.asksNewPassword();
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(resets.reset(me, id, askNewPassword));
	}

	@PostMapping("/bulk")
	@Operation(summary = "One action for many users", description = "All of them change or none does. "
			+ "RESET_PASSWORDS answers where to download the sign-in cards with the new passwords, once.")
	BulkResult bulk(@AuthenticationPrincipal SignedInUser me, @RequestBody BulkChange change) {
		BulkOutcome outcome = management.bulk(me, change);
		return new BulkResult(outcome.changed(), outcome.cards() == null ? null : "/api/v1/users/cards/" + outcome.cards());
	}

	@GetMapping("/cards/{set}")
	@Operation(summary = "The sign-in cards of a password reset you made, as a PDF",
			description = "Once: the passwords are deleted as the cards are handed out, or after 24 hours.")
	ResponseEntity<byte[]> cards(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID set,
			@RequestParam(required = false) @Nullable CardPaper paper, Locale locale) {
		return CardsDownload.of(set,
				management.printResetCards(me, set, paper == null ? CardPaper.usualFor(locale) : paper, locale));
	}

	/**
	 * @param cards where the sign-in cards of a password reset are, to download once
	 */
	record BulkResult(int changed, @Nullable String cards) {
	}

	/**
	 * The optional body of a password reset; left out, the user need not choose a new password.
	 */
	record ResetRequest(@Nullable Boolean askNewPassword) {

		boolean asksNewPassword() {
			return Boolean.TRUE.equals(askNewPassword);
		}

	}

}
