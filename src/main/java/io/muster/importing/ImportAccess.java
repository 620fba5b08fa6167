package io.muster.importing;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.muster.directory.SignedInUser;

/**
 * Who may see and change which import, and the record of what they did to it.
 *
 * <p>Only administrators import. A System Administrator sees every import of the organization,
 * an Administrator their own; an import of another organization is "not found".
 */
@Component
class ImportAccess {

	private final ImportJobs jobs;

	private final ApplicationEventPublisher events;

	ImportAccess(ImportJobs jobs, ApplicationEventPublisher events) {
		this.jobs = jobs;
		this.events = events;
	}

	ImportJob visible(SignedInUser actor, UUID id) {
		actor.requireAdministrator();
		return jobs.find(id)
			.filter(job -> job.organizationId() == actor.organizationId())
			.filter(job -> actor.isSystemAdmin() || job.createdBy() == actor.id())
			.orElseThrow(ImportRejected::notFound);
	}

	ImportJob editable(SignedInUser actor, UUID id) {
		ImportJob job = visible(actor, id);
		if (job.status() != ImportStatus.DRAFT) {
			throw ImportRejected.conflict("import.problem.started");
		}
		return job;
	}

	ImportJob editableFile(SignedInUser actor, UUID id) {
		ImportJob job = editable(actor, id);
		if (!job.source().isFile()) {
			throw ImportRejected.conflict("import.problem.notFile");
		}
		return job;
	}

	void publish(SignedInUser actor, ImportJob job, ImportActivity.Kind kind) {
		events.publishEvent(new ImportActivity(job.id(), job.organizationId(), actor.id(), kind, job.fileName()));
	}

}
