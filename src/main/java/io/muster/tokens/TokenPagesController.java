package io.muster.tokens;

import java.time.Instant;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.muster.directory.SignedInUser;

/**
 * The API tokens page of My account. A new token's secret is shown in the answer to the form
 * itself, not after a redirect: a redirect would have to carry it through the session, which is
 * kept in the database.
 */
@Controller
@RequestMapping("/account/tokens")
class TokenPagesController {

	private final TokenService tokens;

	private final MessageSource messages;

	TokenPagesController(TokenService tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping
	String page(@AuthenticationPrincipal SignedInUser me, Model model) {
		return show(me, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "0") int days, Model model) {
		try {
			model.addAttribute("issued", tokens.create(me, name, days));
		}
		catch (TokenRejected ex) {
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", ex.detail(messages, LocaleContextHolder.getLocale()));
			model.addAttribute("name", name);
			model.addAttribute("days", days);
		}
		return show(me, model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(me, id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/account/tokens";
	}

	private String show(SignedInUser me, Model model) {
		model.addAttribute("tokens", tokens.list(me));
		model.addAttribute("now", Instant.now());
		model.addAttribute("lifetimes", TokenLifetime.values());
		return "tokens/tokens";
	}

}
