package io.muster.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import io.muster.directory.SignedInUser;
import io.muster.mail.MailService;

/**
 * Shows a System Administrator of the demo their own organization's mail, where no SMTP server
 * takes it; another organization's mail is not there, as in a mailbox.
 */
@Controller
@Profile("demo")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class DevMailController {

	private final MailService mail;

	DevMailController(MailService mail) {
		this.mail = mail;
	}

	@GetMapping("/dev/mail")
	String list(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("mails", mail.outbox(me.organizationId(), 100));
		return "demo/outbox-list";
	}

	@GetMapping("/dev/mail/{id}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("mail", mail.outboxMail(me.organizationId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "demo/outbox-show";
	}

}
