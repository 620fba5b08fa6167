package io.muster.mail;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Shows the outbox to System Administrators of a developer or demo installation, where no SMTP
 * server takes the mail; never part of production.
 */
@Controller
@Profile("!prod")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class DevMailController {

	private final Outbox outbox;

	DevMailController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/dev/mail")
	String list(Model model) {
		model.addAttribute("mails", outbox.latest(100));
		return "mail/dev-list";
	}

	@GetMapping("/dev/mail/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", outbox.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such message.")));
		return "mail/dev-show";
	}

}
