package io.muster.audit;

import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.muster.classroom.ClassroomActivity;
import io.muster.directory.DirectoryActivity;
import io.muster.directory.DirectoryService;
import io.muster.directory.UserSummary;
import io.muster.importing.ImportActivity;
import io.muster.organization.SettingsChanged;
import io.muster.tokens.TokenActivity;

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
		log.record(activity.organizationId(), actor(activity.actorId()), "import." + activity.kind().name(),
				activity.fileName(), activity.importId().toString(), Instant.now());
	}

	@ApplicationModuleListener
	void on(DirectoryActivity activity) {
		log.record(activity.organizationId(), actor(activity.actorId()), activity.action(), activity.subject(), "",
				Instant.now());
	}

	@ApplicationModuleListener
	void on(SettingsChanged change) {
		log.record(change.organizationId(), actor(change.actorId()), "organization.SETTINGS_CHANGED",
				change.organizationName(), "", Instant.now());
	}

	@ApplicationModuleListener
	void on(ClassroomActivity activity) {
		log.record(activity.organizationId(), actor(activity.actorId()), "classroom." + activity.kind().name(),
				activity.about(), "", Instant.now());
	}

	@ApplicationModuleListener
	void on(TokenActivity activity) {
		log.record(activity.organizationId(), actor(activity.userId()), "token." + activity.kind().name(),
				activity.tokenName(), "", Instant.now());
	}

	private String actor(long userId) {
		return directory.findById(userId).map(UserSummary::email).orElse("user " + userId);
	}

}
