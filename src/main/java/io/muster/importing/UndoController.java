package io.muster.importing;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import io.muster.directory.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Undo this import: the plan to confirm, then the progress and the report, on one page.
 */
@Controller
class UndoController {

	private final ImportUndo undo;

	private final ImportReports reports;

	private final MessageSource messages;

	UndoController(ImportUndo undo, ImportReports reports, MessageSource messages) {
		this.undo = undo;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/imports/{id}/undo")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Locale locale, Model model) {
		model.addAttribute("job", reports.summary(me, id));
		Optional<UndoSummary> started = undo.summary(me, id);
		if (started.isEmpty()) {
			UndoPlan plan = undo.plan(me, id);
			model.addAttribute("plan", plan);
			model.addAttribute("keptRows", plan.kept().stream()
				.map(step -> new KeptRow(step.row().rowNumber(), step.row().fullName(), step.row().email(),
						step.reason(messages, locale)))
				.toList());
			return "importing/undo";
		}
		model.addAttribute("undo", started.get());
		if (started.get().status().isFinished()) {
			model.addAttribute("keptRows", undo.results(me, id).stream()
				.filter(result -> result.outcome() == UndoOutcome.KEPT)
				.map(result -> new KeptRow(result.rowNumber(), result.fullName(), result.email(),
						result.reason(messages, locale)))
				.toList());
		}
		return "importing/undo";
	}

	@PostMapping("/imports/{id}/undo")
	String start(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
		undo.start(me, id);
		return "redirect:/imports/" + id + "/undo";
	}

	/**
	 * The progress for htmx to poll; once the undo has ended, the page is reloaded to show the report.
	 */
	@GetMapping("/imports/{id}/undo/progress")
	String progress(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response) {
		Optional<UndoSummary> started = undo.summary(me, id);
		if (htmx == null || started.isEmpty()) {
			return "redirect:/imports/" + id + "/undo";
		}
		if (started.get().status().isFinished()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("undo", started.get());
		return "importing/undo :: progress";
	}

	@GetMapping(value = "/imports/{id}/undo.csv", produces = "text/csv")
	ResponseEntity<String> download(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Locale locale) {
		return ResultsCsv.attachment("import-" + id + "-undo.csv", undo.resultsCsv(me, id, locale));
	}

	/**
	 * An account the undo keeps, with the reason in the reader's language.
	 */
	record KeptRow(int rowNumber, String fullName, String email, String reason) {
	}

}
