package io.muster.importing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.muster.directory.SignedInUser;

/**
 * Clearing away drafts nobody started, from the list of imports, and going on with an earlier
 * draft of a file uploaded again.
 */
@Controller
class DraftsController {

	private final DraftShelf shelf;

	DraftsController(DraftShelf shelf) {
		this.shelf = shelf;
	}

	/**
	 * Discards one draft, or with no {@code id} every draft in the list.
	 */
	@PostMapping("/imports/drafts/discard")
	String discard(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) @Nullable UUID id,
			RedirectAttributes redirect) {
		if (id == null) {
			redirect.addFlashAttribute("discarded", shelf.discardAll(me));
		}
		else {
			shelf.discard(me, id);
			redirect.addFlashAttribute("discarded", 1);
		}
		return "redirect:/imports";
	}

	@PostMapping("/imports/{id}/continue-earlier")
	String continueEarlier(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
		return "redirect:/imports/" + shelf.continueEarlierDraft(me, id) + "/preview";
	}

}
