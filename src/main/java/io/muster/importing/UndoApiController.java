package io.muster.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.muster.directory.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Undoing an import through the API: the plan as a dry run, the undo itself, its progress and report.
 */
@RestController
@RequestMapping("/api/v1/imports/{id}/undo")
class UndoApiController {

	private final ImportUndo undo;

	private final MessageSource messages;

	UndoApiController(ImportUndo undo, MessageSource messages) {
		this.undo = undo;
		this.messages = messages;
	}

	@PostMapping
	@Operation(summary = "Undo a finished import, once; with dryRun=true only say what it would do",
			description = "Deletes the accounts the import created that nobody has signed in to or changed since, and "
					+ "gives back the passwords and tags it replaced; every other account is kept, with the reason. "
					+ "Runs in the background (202); 409 when the import was undone already or has not ended.")
	@ApiResponse(responseCode = "200", description = "The plan (dryRun=true)",
			content = @Content(schema = @Schema(implementation = PlanView.class)))
	@ApiResponse(responseCode = "202", description = "The undo, queued",
			content = @Content(schema = @Schema(implementation = UndoSummary.class)))
	ResponseEntity<?> undo(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean dryRun, Locale locale) {
		if (dryRun) {
			return ResponseEntity.ok(PlanView.of(undo.plan(me, id), messages, locale));
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(undo.start(me, id));
	}

	@GetMapping
	@Operation(summary = "The undo of an import: its progress and, per account, what became of it")
	ReportView report(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Locale locale) {
		UndoSummary summary = undo.summary(me, id).orElseThrow(ImportRejected::notUndone);
		return new ReportView(summary, undo.results(me, id).stream()
			.map(result -> new AccountView(result.rowNumber(), result.fullName(), result.email(), result.outcome(),
					result.reasons().isEmpty() ? null : result.reason(messages, locale)))
			.toList());
	}

	/**
	 * The plan as the API shows it, each reason in the caller's language.
	 */
	record PlanView(int accountsToDelete, int passwordsToRestore, int tagsToRestore, Map<Kept, Integer> keptByReason,
			List<AccountView> kept) {

		static PlanView of(UndoPlan plan, MessageSource messages, Locale locale) {
			return new PlanView(plan.accountsToDelete(), plan.passwordsToRestore(), plan.tagsToRestore(),
					plan.keptByReason(), plan.kept().stream()
						.map(step -> new AccountView(step.row().rowNumber(), step.row().fullName(), step.row().email(),
								UndoOutcome.KEPT, step.reason(messages, locale)))
						.toList());
		}

	}

	record ReportView(UndoSummary undo, List<AccountView> accounts) {
	}

	record AccountView(int row, String name, String email, UndoOutcome outcome, @Nullable String reason) {
	}

}
