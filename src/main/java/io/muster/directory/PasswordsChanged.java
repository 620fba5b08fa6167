package io.muster.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Published when passwords were set, by their owners, an administrator, a mailed link or an
 * import: sessions opened before {@code changedAt} must end, since whoever opened them may not
 * know the new password.
 */
public record PasswordsChanged(Set<Long> userIds, Instant changedAt) {

	public PasswordsChanged {
		userIds = Set.copyOf(userIds);
	}

	static PasswordsChanged of(Collection<Long> userIds) {
		return new PasswordsChanged(Set.copyOf(userIds), Instant.now());
	}

}
