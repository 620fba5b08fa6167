package io.muster.audit;

import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.muster.directory.DirectoryService;
import io.muster.directory.UserSummary;
import io.muster.importing.ImportActivity;

/**
 * Writes what other modules report into the audit log, after their transaction committed.
 */
@Component
class AuditListener {

	private final AuditLog log;

	private final DirectoryService directory;

	AuditListener(AuditLog log, DirectoryService directory) {
		this.log = log;
		this.directory = directory;
	}

	@ApplicationModuleListener
	void on(ImportActivity activity) {
		String actor = directory.findById(activity.actorId()).map(UserSummary::email)
			.orElse("user " + activity.actorId());
		log.record(activity.organizationId(), actor, "import." + activity.kind().name(), activity.fileName(),
				activity.importId().toString(), Instant.now());
	}

}
