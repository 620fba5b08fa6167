package io.muster.classroom;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.muster.directory.SignedInUser;
import io.muster.importing.ImportRejected;

/**
 * Check for new students: the classes of a finished Classroom import read again, with its options,
 * the default password typed again unless a daily re-sync keeps it; then the verification page of
 * the new draft.
 */
@Controller
class ClassroomResyncController {

	private final ClassroomImport classroom;

	private final MessageSource messages;

	ClassroomResyncController(ClassroomImport classroom, MessageSource messages) {
		this.classroom = classroom;
		this.messages = messages;
	}

	@GetMapping("/imports/{id}/resync")
	String ask(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Model model, Locale locale) {
		return page(me, id, Map.of(), model, locale);
	}

	@PostMapping("/imports/{id}/resync")
	String resync(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String defaultPassword, Model model, Locale locale) {
		try {
			return "redirect:/imports/" + classroom.resync(me, id, defaultPassword) + "/verify";
		}
		catch (ClassroomProblem ex) {
			model.addAttribute("authorizeAgain", ex.authorizeAgain());
			return page(me, id, Map.of(ex.field() == null ? "form" : ex.field(), ex.detail(messages, locale)), model,
					locale);
		}
		catch (ImportRejected ex) {
			return page(me, id, ex.fieldErrors(messages, locale), model, locale);
		}
	}

	private String page(SignedInUser me, UUID id, Map<String, String> errors, Model model, Locale locale) {
		model.addAttribute("errors", errors);
		try {
			model.addAttribute("basis", classroom.resyncBasis(me, id));
		}
		catch (ClassroomProblem ex) {
			model.addAttribute("problem", ex.detail(messages, locale));
		}
		model.addAttribute("importId", id);
		return "classroom/resync";
	}

}
