package io.muster.importing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.muster.directory.SignedInUser;

/**
 * The drafts nobody started: recognising a file uploaded again, continuing the draft made of it,
 * and discarding drafts one by one or all at once. The rest go by themselves after the draft
 * retention ({@code muster.import.draft-retention}).
 */
@Service
class DraftShelf {

	private final ImportJobs jobs;

	private final ImportAccess access;

	DraftShelf(ImportJobs jobs, ImportAccess access) {
		this.jobs = jobs;
		this.access = access;
	}

	/**
	 * The draft the same person made earlier of the very file of this draft, if one is left.
	 */
	@Transactional(readOnly = true)
	Optional<ImportSummary> earlierDraftOfTheSameFile(SignedInUser actor, UUID id) {
		access.editable(actor, id);
		return jobs.earlierDraftOfTheSameFile(id).map(ImportJob::summary);
	}

	/**
	 * Goes on with the earlier draft of the same file and discards this new one; returns the
	 * earlier draft's id.
	 */
	@Transactional
	UUID continueEarlierDraft(SignedInUser actor, UUID id) {
		ImportJob upload = access.editable(actor, id);
		ImportJob earlier = jobs.earlierDraftOfTheSameFile(id)
			.orElseThrow(() -> ImportRejected.conflict("import.problem.noEarlierDraft"));
		jobs.deleteDrafts(List.of(upload.id()));
		access.publish(actor, upload, ImportActivity.Kind.DISCARDED);
		return earlier.id();
	}

	/**
	 * Discards one draft with its staged rows; an import that has started cannot be discarded.
	 */
	@Transactional
	void discard(SignedInUser actor, UUID id) {
		ImportJob draft = access.editable(actor, id);
		jobs.deleteDrafts(List.of(id));
		access.publish(actor, draft, ImportActivity.Kind.DISCARDED);
	}

	/**
	 * Discards every draft the person sees (a System Administrator: every draft of the
	 * organization); returns how many went.
	 */
	@Transactional
	int discardAll(SignedInUser actor) {
		actor.requireAdministrator();
		List<ImportJob> drafts = jobs.list(actor.organizationId(), actor.isSystemAdmin() ? null : actor.id()).stream()
			.filter(job -> job.status() == ImportStatus.DRAFT)
			.toList();
		jobs.deleteDrafts(drafts.stream().map(ImportJob::id).toList());
		drafts.forEach(draft -> access.publish(actor, draft, ImportActivity.Kind.DISCARDED));
		return drafts.size();
	}

}
