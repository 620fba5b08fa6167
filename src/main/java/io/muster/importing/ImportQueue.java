package io.muster.importing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
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

	@Transactional
	public ImportSummary start(SignedInUser actor, UUID id) {
		return start(actor, id, false);
	}

	/**
	 * Checks the options and every row again, as the directory and the organization are now, not as
	 * they were when chosen, then queues the import; a second call queues nothing and reports the state.
	 *
	 * <p>For a file that is the whole group, the accounts it leaves out are found again in the group
	 * as it is now; more of them to suspend or move than the organization's share needs
	 * {@code confirmLargeChange} from a System Administrator, and a second sync of the group waits
	 * until the first has ended.
	 */
	@Transactional
	public ImportSummary start(SignedInUser actor, UUID id, boolean confirmLargeChange) {
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
		DraftVerification.Verified verified = verification.full(actor, job);
		List<RowVerdict> verdicts = verified.rows();
		List<MissingAccount> leftOut = verified.sync() == null ? List.of() : verified.sync().changing();
		if (verdicts.stream().noneMatch(RowVerdict::valid) && leftOut.isEmpty()) {
			throw ImportRejected.conflict("import.problem.nothingToImport");
		}
		Long syncGroup = verified.sync() == null ? null : job.options().groupId();
		if (syncGroup != null) {
			checkSync(actor, id, syncGroup, verified.sync().brake(), confirmLargeChange);
		}
		rows.decide(id, verdicts);
		rows.stageLeftOut(id, verdicts.stream().mapToInt(RowVerdict::row).max().orElse(0) + 1, leftOut);
		int skipped = (int) verdicts.stream().filter(verdict -> !verdict.valid()).count();
		if (queue(id, verdicts.size() + leftOut.size(), skipped, syncGroup)) {
			runner.schedule(id);
			access.publish(actor, job, ImportActivity.Kind.STARTED);
		}
		return jobs.find(id).orElseThrow().summary();
	}

	private void checkSync(SignedInUser actor, UUID id, long groupId, SyncBrake brake, boolean confirmed) {
		jobs.syncUnderway(groupId, id).ifPresent(other -> {
			throw ImportRejected.conflict("import.sync.problem.underway", other);
		});
		if (!brake.engaged()) {
			return;
		}
		if (!confirmed) {
			throw ImportRejected.brake(brake);
		}
		if (!actor.isSystemAdmin()) {
			throw ImportRejected.forbidden("import.sync.problem.confirmSystemAdminOnly", brake.message());
		}
	}

	/**
	 * Queues the draft; a sync of a group that another sync queued at the same moment meets the
	 * unique constraint on the group, and is refused like one found underway.
	 */
	private boolean queue(UUID id, int total, int skipped, @Nullable Long syncGroup) {
		try {
			return jobs.queue(id, total, skipped, LocaleContextHolder.getLocale(), syncGroup);
		}
		catch (DuplicateKeyException ex) {
			throw ImportRejected.conflict("import.sync.problem.underwayNow");
		}
	}

	/**
	 * Starts a draft nobody looks at (a daily re-sync) when it would change something, and deletes
	 * it otherwise, so that a day without news leaves no trace among the imports.
	 */
	@Transactional
	public Optional<ImportSummary> startIfAnyChange(SignedInUser actor, UUID id) {
		ImportJob job = access.editable(actor, id);
		if (verification.all(actor, job).stream().noneMatch(RowVerdict::valid)) {
			jobs.deleteDrafts(List.of(id));
			return Optional.empty();
		}
		return Optional.of(start(actor, id));
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
