package io.muster.importing;

import java.util.List;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;
import io.muster.organization.OrganizationService;
import io.muster.web.Message;

/**
 * Starts a verified draft on the job engine, and cancels an import that has not ended.
 */
@Service
public class ImportQueue {

	private final ImportJobs jobs;

	private final ImportRows rows;

	private final ImportAccess access;

	private final DraftVerification verification;

	private final ImportRunner runner;

	private final DirectoryService directory;

	private final OrganizationService organizations;

	ImportQueue(ImportJobs jobs, ImportRows rows, ImportAccess access, DraftVerification verification,
			ImportRunner runner, DirectoryService directory, OrganizationService organizations) {
		this.jobs = jobs;
		this.rows = rows;
		this.access = access;
		this.verification = verification;
		this.runner = runner;
		this.directory = directory;
		this.organizations = organizations;
	}

	/**
	 * Checks the options and every row again, as the directory and the organization are now, not as
	 * they were when chosen, then queues the import; a second call queues nothing and reports the state.
	 */
	@Transactional
	public ImportSummary start(SignedInUser actor, UUID id) {
		jobs.lock(id);
		ImportJob job = access.visible(actor, id);
		if (job.status() != ImportStatus.DRAFT) {
			return job.summary();
		}
		if (job.options() == null) {
			throw ImportRejected.conflict("import.problem.noOptions");
		}
		OptionsCheck.check(actor, job.options(), organizations.settings(job.organizationId()), directory);
		if (job.mapping() != null) {
			MappingCheck.checkPasswordSource(job.mapping(), job.defaultPasswordHash() != null,
					job.options().generatePasswords());
		}
		List<RowVerdict> verdicts = verification.all(actor, job);
		if (verdicts.stream().noneMatch(RowVerdict::valid)) {
			throw ImportRejected.conflict("import.problem.nothingToImport");
		}
		rows.decide(id, verdicts);
		int skipped = (int) verdicts.stream().filter(verdict -> !verdict.valid()).count();
		if (jobs.queue(id, verdicts.size(), skipped, LocaleContextHolder.getLocale())) {
			runner.schedule(id);
			access.publish(actor, job, ImportActivity.Kind.STARTED);
		}
		return jobs.find(id).orElseThrow().summary();
	}

	/**
	 * Cancels a draft or queued import at once; a running one stops after its current chunk.
	 */
	@Transactional
	public ImportSummary cancel(SignedInUser actor, UUID id) {
		ImportJob job = access.visible(actor, id);
		if (job.status().isFinished()) {
			throw ImportRejected.conflict("import.problem.ended",
					Message.of("import.ended." + job.status().name()));
		}
		jobs.cancel(id);
		access.publish(actor, job, ImportActivity.Kind.CANCELLED);
		if (job.status() == ImportStatus.DRAFT) {
			// A draft's staged rows were never decided; a report of them would list rows never meant to run.
			rows.unstage(id);
		}
		if (job.status() != ImportStatus.RUNNING) {
			jobs.finish(id, ImportStatus.CANCELLED);
		}
		return jobs.find(id).orElseThrow().summary();
	}

}
