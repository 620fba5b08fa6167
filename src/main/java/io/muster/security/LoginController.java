package io.muster.security;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String signedOut, @RequestParam(required = false) @Nullable Long wait,
			Model model) {
		model.addAttribute("wait", wait == null ? null : Math.max(1, Math.min(wait, 3600)));
		model.addAttribute("failed", error != null);
		model.addAttribute("signedOut", signedOut != null);
		return "security/login";
	}

}
