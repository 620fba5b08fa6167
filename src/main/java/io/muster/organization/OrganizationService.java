package io.muster.organization;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.muster.web.Message;

/**
 * Creates organizations and answers questions about their settings.
 */
@Service
public class OrganizationService {

	private final Organizations organizations;

	private final ApplicationEventPublisher events;

	OrganizationService(Organizations organizations, ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.events = events;
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

	/**
	 * Changes the settings of the caller's organization within their bounds; all or nothing.
	 * The role check is here, not only on the page, so that no way in can skip it.
	 */
	@Transactional
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public OrganizationSettings change(long organizationId, long actorId, SettingsChange change) {
		Organization organization = organizations.findById(organizationId)
			.orElseThrow(() -> new OrganizationNotFound());
		Map<String, Message> problems = SettingsBounds.problems(change);
		if (!problems.isEmpty()) {
			throw new InvalidSettings(problems);
		}
		if (change.version() == null || change.version() != organization.version()) {
			throw new SettingsChangedMeanwhile();
		}
		String name = change.name().strip();
		organizations.findByName(name)
			.filter(other -> other.settings().id() != organizationId)
			.ifPresent(other -> {
				throw nameTaken(name);
			});
		organization.apply(new OrganizationSettings(organizationId, name, change.advancedEmailNotifications(),
				new ImportLimits(change.maxImportColumns(), change.maxImportUsers(),
						change.maxImportFileMegabytes() * OrganizationSettings.MEGABYTE),
				change.minPasswordLength(), change.maxSyncChangePercent(), organization.version()));
		try {
			OrganizationSettings saved = organizations.save(organization).settings();
			events.publishEvent(new SettingsChanged(organizationId, actorId, saved.name()));
			return saved;
		}
		catch (OptimisticLockingFailureException ex) {
			throw new SettingsChangedMeanwhile();
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(name);
		}
	}

	private static InvalidSettings nameTaken(String name) {
		return new InvalidSettings(Map.of("name", Message.of("settings.problem.nameTaken", name)));
	}

}
