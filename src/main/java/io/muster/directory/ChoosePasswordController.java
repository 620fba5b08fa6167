package io.muster.directory;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a person whose password someone else chose is led after signing in with it: they choose
 * their own, and then Muster opens.
 */
@Controller
class ChoosePasswordController {

	private final DirectoryService directory;

	private final Notices notices;

	ChoosePasswordController(DirectoryService directory, Notices notices) {
		this.directory = directory;
		this.notices = notices;
	}

	@GetMapping(SignedInUser.CHOOSE_PASSWORD_PAGE)
	String form(@AuthenticationPrincipal SignedInUser me, Model model) {
		if (!me.mustChoosePassword()) {
			return "redirect:/";
		}
		model.addAttribute("passwordRules", notices.text(directory.passwordRules(me.organizationId())));
		return "directory/choose-password";
	}

	@PostMapping(SignedInUser.CHOOSE_PASSWORD_PAGE)
	String choose(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!me.mustChoosePassword()) {
			return "redirect:/";
		}
		try {
			directory.choosePassword(me, password);
		}
		catch (InvalidDirectoryInput ex) {
			model.addAttribute("error", notices.detail(ex));
			return form(me, model);
		}
		AccountController.stayOnlyHere(request);
		redirect.addFlashAttribute("notice", notices.text("choosePassword.done"));
		return "redirect:/";
	}

}
