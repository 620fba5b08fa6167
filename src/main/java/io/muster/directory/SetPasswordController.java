package io.muster.directory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the link of a password reset leads: the user chooses a new password, signed out.
 */
@Controller
class SetPasswordController {

	private final PasswordResetService resets;

	private final Notices notices;

	SetPasswordController(PasswordResetService resets, Notices notices) {
		this.resets = resets;
		this.notices = notices;
	}

	@GetMapping("/password/set")
	String form(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("valid", resets.isValid(token));
		return "directory/set-password";
	}

	@PostMapping("/password/set")
	String set(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			Model model, RedirectAttributes redirect) {
		try {
			resets.setPassword(token, password);
		}
		catch (InvalidDirectoryInput ex) {
			model.addAttribute("token", token);
			model.addAttribute("valid", !"token".equals(ex.getBody().getProperties().get("field")));
			model.addAttribute("error", notices.detail(ex));
			return "directory/set-password";
		}
		redirect.addFlashAttribute("notice", notices.text("setPassword.done"));
		return "redirect:/login";
	}

}
