package io.muster.organization;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates organizations and answers questions about their settings.
 */
@Service
public class OrganizationService {

	private final Organizations organizations;

	OrganizationService(Organizations organizations) {
		this.organizations = organizations;
	}

	@Transactional
	public OrganizationSettings create(String name, boolean advancedEmailNotifications) {
		return organizations.save(new Organization(name, advancedEmailNotifications)).settings();
	}

	@Transactional(readOnly = true)
	public OrganizationSettings settings(long organizationId) {
		return organizations.findById(organizationId)
			.map(Organization::settings)
			.orElseThrow(() -> new OrganizationNotFound());
	}

	@Transactional(readOnly = true)
	public Optional<OrganizationSettings> findByName(String name) {
		return organizations.findByName(name).map(Organization::settings);
	}

	@Transactional
	public OrganizationSettings update(OrganizationSettings settings) {
		Organization organization = organizations.findById(settings.id())
			.orElseThrow(() -> new OrganizationNotFound());
		organization.apply(settings);
		return organizations.save(organization).settings();
	}

}
