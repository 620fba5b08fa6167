package io.muster.organization;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's organization settings.
 */
@RestController
@RequestMapping("/api/v1/organization")
@Tag(name = "Organization", description = "Name, Advanced Email Notifications, import limits and password policy.")
class OrganizationApiController {

	private final OrganizationService organizations;

	OrganizationApiController(OrganizationService organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	@Operation(summary = "The caller's organization settings, with the version to send back")
	OrganizationSettings settings(@AuthenticationPrincipal(expression = "organizationId") long organizationId) {
		return organizations.settings(organizationId);
	}

	@PutMapping
	@Operation(summary = "Change the settings (System Administrators)",
			description = "Every field is required. Bounds: 2–20 columns, 1–10000 users and 1–10 MB per file, "
					+ "minimum password length 8–64, maxSyncChangePercent 0–100 (the share of a group an import "
					+ "making it whole may suspend or move unconfirmed). A stale version gives 409.")
	OrganizationSettings change(@AuthenticationPrincipal(expression = "organizationId") long organizationId,
			@AuthenticationPrincipal(expression = "id") long actorId, @RequestBody SettingsChange change) {
		return organizations.change(organizationId, actorId, change);
	}

}
