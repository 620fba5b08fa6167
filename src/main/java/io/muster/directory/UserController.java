package io.muster.directory;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.muster.mail.MailService;

/**
 * One user's page: details, tags, group, role, status, password reset and deletion.
 */
@Controller
class UserController {

	private final UserManagement management;

	private final PasswordResetService resets;

	private final DirectoryService directory;

	private final MailService mail;

	private final Notices notices;

	UserController(UserManagement management, PasswordResetService resets, DirectoryService directory,
			MailService mail, Notices notices) {
		this.management = management;
		this.resets = resets;
		this.directory = directory;
		this.mail = mail;
		this.notices = notices;
	}

	@GetMapping("/users/{id}")
	String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		return page(me, management.user(me, id), model, Map.of());
	}

	@PostMapping("/users/{id}")
	String update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @ModelAttribute UserForm form,
			Model model, RedirectAttributes redirect) {
		try {
			management.update(me, id, form.change());
			redirect.addFlashAttribute("notice", notices.text("user.saved"));
			return "redirect:/users/" + id;
		}
		catch (InvalidDirectoryInput | EmailTaken | ChangeRefused | UserChangedMeanwhile ex) {
			return page(me, management.user(me, id), model, notices.byField(ex));
		}
	}

	@PostMapping("/users/{id}/status")
	String status(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam int version,
			@RequestParam UserStatus status, Model model, RedirectAttributes redirect) {
		try {
			UserSummary user = management.update(me, id,
					new UserChange(version, null, null, null, null, null, status));
			redirect.addFlashAttribute("notice", notices.text(
					status == UserStatus.SUSPENDED ? "user.suspended" : "user.reactivated", user.fullName()));
			return "redirect:/users/" + id;
		}
		catch (ChangeRefused | UserChangedMeanwhile ex) {
			return page(me, management.user(me, id), model, Map.of("status", notices.detail(ex)));
		}
	}

	/**
	 * Resets the password. A one-time password is rendered straight into this response instead
	 * of redirecting, because a redirect would have to park it in the session table.
	 */
	@PostMapping("/users/{id}/password-reset")
	String resetPassword(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean askNewPassword, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PasswordReset reset;
		try {
			reset = resets.reset(me, id, askNewPassword);
		}
		catch (ChangeRefused ex) {
			return page(me, management.user(me, id), model, Map.of("password", notices.detail(ex)));
		}
		if (reset.linkSent()) {
			redirect.addFlashAttribute("notice", notices.text("user.resetPassword.linkSent", reset.email()));
			return "redirect:/users/" + id;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("user", management.user(me, id));
		model.addAttribute("reset", reset);
		return "directory/user-password";
	}

	@GetMapping("/users/{id}/delete")
	String confirmDelete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("user", management.user(me, id));
		return "directory/user-delete";
	}

	@PostMapping("/users/{id}/delete")
	String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam int version,
			Model model, RedirectAttributes redirect) {
		UserSummary user = management.user(me, id);
		try {
			management.delete(me, id, version);
		}
		catch (ChangeRefused | UserChangedMeanwhile ex) {
			return page(me, user, model, Map.of("delete", notices.detail(ex)));
		}
		redirect.addFlashAttribute("notice", notices.text("user.deleted", user.fullName()));
		return "redirect:/users";
	}

	private String page(SignedInUser me, UserSummary user, Model model, Map<String, String> errors) {
		model.addAttribute("user", user);
		model.addAttribute("imports", management.imports(me, user.id()));
		model.addAttribute("mayChange", management.mayChange(me, user.id()));
		model.addAttribute("groups", directory.manageableGroups(me));
		model.addAttribute("roles", Role.values());
		model.addAttribute("mailDelivers", mail.delivers());
		model.addAttribute("systemAdmin", me.isSystemAdmin());
		model.addAttribute("errors", errors);
		return "directory/user";
	}

	/**
	 * The details form; a stale version makes the change fail instead of overwriting.
	 */
	record UserForm(@Nullable Integer version, @Nullable String fullName, @Nullable String email,
			@Nullable Long groupId, @Nullable Role role, @Nullable String tags) {

		UserChange change() {
			return new UserChange(version, fullName, email, groupId, role, tags, null);
		}

	}

}
