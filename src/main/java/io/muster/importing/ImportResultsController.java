package io.muster.importing;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.muster.cards.CardPaper;
import io.muster.cards.CardsDownload;
import io.muster.directory.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The last step of Batch Import: progress while the import runs in the background, then its
 * results, the report to download and, when the import made passwords, the sign-in cards.
 */
@Controller
class ImportResultsController {

	private final ImportReports reports;

	private final ImportUndo undo;

	ImportResultsController(ImportReports reports, ImportUndo undo) {
		this.reports = reports;
		this.undo = undo;
	}

	@GetMapping("/imports/{id}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Locale locale, Model model) {
		ImportSummary summary = reports.summary(me, id);
		if (summary.status() == ImportStatus.DRAFT) {
			return "redirect:/imports/" + id + "/preview";
		}
		model.addAttribute("job", summary);
		if (summary.status().isFinished()) {
			model.addAttribute("problems", reports.problems(me, id));
			model.addAttribute("leftOut", reports.leftOut(me, id));
			model.addAttribute("undo", undo.summary(me, id).orElse(null));
			model.addAttribute("cards", reports.cards(me, id));
			model.addAttribute("papers", CardPaper.values());
			model.addAttribute("usualPaper", CardPaper.usualFor(locale));
		}
		return "importing/results";
	}

	/**
	 * The progress bar for htmx to poll; once the import has ended, the whole page is reloaded to
	 * show the results.
	 */
	@GetMapping("/imports/{id}/progress")
	String progress(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response) {
		ImportSummary summary = reports.summary(me, id);
		if (htmx == null) {
			return "redirect:/imports/" + id;
		}
		if (summary.status().isFinished()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("job", summary);
		return "importing/results :: progress";
	}

	/**
	 * The sign-in cards, by a form's POST since handing them out deletes their passwords; cards
	 * that are gone lead back to the results, which say why.
	 */
	@PostMapping("/imports/{id}/cards")
	ResponseEntity<byte[]> cards(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestParam CardPaper paper, Locale locale) {
		return CardsDownload.forPage(id, () -> reports.printCards(me, id, paper, locale), "/imports/" + id + "#cards");
	}

	@GetMapping(value = "/imports/{id}/results.csv", produces = "text/csv")
	ResponseEntity<String> download(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Locale locale) {
		return ResultsCsv.attachment("import-" + id + "-results.csv", reports.resultsCsv(me, id, locale));
	}

}
