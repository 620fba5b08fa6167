package io.muster.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import io.muster.directory.AccountLocked;

/**
 * Ends every session of an account that was suspended or deleted, so that a suspended user is
 * signed out at once instead of when their session times out hours later.
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
		sessions.ifAvailable(repository -> repository.findByPrincipalName(event.email()).keySet()
			.forEach(repository::deleteById));
	}

}
