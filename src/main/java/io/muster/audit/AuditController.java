package io.muster.audit;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.muster.directory.SignedInUser;

/**
 * The audit log page, for System Administrators.
 */
@Controller
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/audit")
	String log(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "0") int page, Model model) {
		List<AuditEntry> entries = log.page(me, page);
		model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), AuditLog.PAGE_SIZE)));
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("hasNext", entries.size() > AuditLog.PAGE_SIZE);
		return "audit/log";
	}

}
