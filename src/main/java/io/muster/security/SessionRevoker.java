package io.muster.security;

import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import io.muster.directory.AccountLocked;
import io.muster.directory.PasswordsChanged;

/**
 * Ends the sessions of a person who may no longer use them: at once when the account was
 * suspended or deleted, and those opened before a new password was set. Sessions are found by the
 * person's id (see {@link SessionsByPerson}), so a changed email address hides none of them.
 */
@Component
class SessionRevoker {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	/**
	 * Takes the session repository lazily: an application started without a web server (a
	 * command-line task, some tests) has no sessions to end.
	 */
	SessionRevoker(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	@ApplicationModuleListener
	void on(AccountLocked event) {
		end(event.userId(), Instant.MAX);
	}

	@ApplicationModuleListener
	void on(PasswordsChanged event) {
		event.userIds().forEach(userId -> end(userId, event.changedAt()));
	}

	private void end(long userId, Instant openedBefore) {
		sessions.ifAvailable(repository -> repository.findByPrincipalName(SessionsByPerson.key(userId))
			.forEach((id, session) -> {
				if (session.getCreationTime().isBefore(openedBefore)) {
					repository.deleteById(id);
				}
			}));
	}

}
