package io.muster.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My account: everyone's own name, password and email address.
 */
@Controller
class AccountController {

	private final DirectoryService directory;

	private final EmailChangeService emailChanges;

	private final Notices notices;

	AccountController(DirectoryService directory, EmailChangeService emailChanges, Notices notices) {
		this.directory = directory;
		this.emailChanges = emailChanges;
		this.notices = notices;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("me", directory.me(me));
		model.addAttribute("passwordRules", notices.text(directory.passwordRules(me.organizationId())));
		return "directory/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser me, @RequestParam String currentPassword,
			@RequestParam String newPassword, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			directory.changePassword(me, currentPassword, newPassword);
			stayOnlyHere(request);
		}
		catch (InvalidDirectoryInput | TooManyPasswordAttempts ex) {
			model.addAttribute("passwordError", notices.detail(ex));
			model.addAttribute("passwordErrorField", ex.getBody().getProperties().get("field"));
			return account(me, model);
		}
		redirect.addFlashAttribute("notice", notices.text("account.passwordChanged"));
		return "redirect:/account";
	}

	/**
	 * Sessions opened before a new password end (see {@link PasswordsChanged}); this one is opened
	 * anew for the same person, so that the one who changed it stays signed in.
	 */
	static void stayOnlyHere(HttpServletRequest request) {
		HttpSession before = request.getSession();
		Object signIn = before.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		before.invalidate();
		request.getSession(true).setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signIn);
	}

	@PostMapping("/account/name")
	String changeName(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String fullName,
			Model model, RedirectAttributes redirect) {
		try {
			directory.changeName(me, fullName);
		}
		catch (InvalidDirectoryInput ex) {
			model.addAttribute("nameError", notices.detail(ex));
			model.addAttribute("fullName", fullName);
			return account(me, model);
		}
		redirect.addFlashAttribute("notice", notices.text("account.nameChanged"));
		return "redirect:/account";
	}

	@PostMapping("/account/email")
	String changeEmail(@AuthenticationPrincipal SignedInUser me, @RequestParam String newEmail,
			@RequestParam String currentPassword, Model model, RedirectAttributes redirect) {
		try {
			emailChanges.request(me, newEmail, currentPassword);
		}
		catch (InvalidDirectoryInput | EmailTaken | TooManyPasswordAttempts ex) {
			model.addAttribute("emailError", notices.detail(ex));
			model.addAttribute("newEmail", newEmail);
			return account(me, model);
		}
		redirect.addFlashAttribute("notice", notices.text("account.email.linkSent", AccountRules.tidy(newEmail)));
		return "redirect:/account";
	}

	@GetMapping("/account/email/confirm")
	String confirmEmail(@RequestParam String token, Model model) {
		try {
			model.addAttribute("newEmail", emailChanges.confirm(token));
		}
		catch (InvalidDirectoryInput | EmailTaken ex) {
			model.addAttribute("error", notices.detail(ex));
		}
		return "directory/email-confirmed";
	}

}
