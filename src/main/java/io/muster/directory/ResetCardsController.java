package io.muster.directory;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.muster.cards.CardPaper;
import io.muster.cards.CardsDownload;

/**
 * The sign-in cards of a bulk password reset: whether they wait to be downloaded, and the download,
 * by a form's POST since handing them out deletes their passwords.
 */
@Controller
class ResetCardsController {

	private final UserManagement management;

	ResetCardsController(UserManagement management) {
		this.management = management;
	}

	@GetMapping("/cards/{set}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID set, Locale locale, Model model) {
		model.addAttribute("set", set);
		model.addAttribute("cards", management.resetCards(me, set));
		model.addAttribute("papers", CardPaper.values());
		model.addAttribute("usualPaper", CardPaper.usualFor(locale));
		return "directory/cards";
	}

	@PostMapping("/cards/{set}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID set,
			@RequestParam CardPaper paper, Locale locale) {
		return CardsDownload.forPage(set, () -> management.printResetCards(me, set, paper, locale), "/cards/" + set);
	}

}
