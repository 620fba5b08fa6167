package io.muster.security;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; {@code ?email=} fills the email in, as the QR code of a sign-in card does, so
 * that a child only types the password.
 */
@Controller
class LoginController {

	private final Environment environment;

	LoginController(Environment environment) {
		this.environment = environment;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String signedOut, @RequestParam(required = false) @Nullable Long wait,
			@RequestParam(required = false) @Nullable String google, @RequestParam(required = false) @Nullable String email,
			Model model) {
		model.addAttribute("email", email == null ? "" : email.strip());
		model.addAttribute("wait", wait == null ? null : Math.max(1, Math.min(wait, 3600)));
		model.addAttribute("failed", error != null);
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("googleFailed", google != null);
		model.addAttribute("googleSignIn", !environment.getProperty("muster.google.client-id", "").isBlank());
		return "security/login";
	}

}
