package io.muster.directory;

import org.springframework.http.HttpStatus;

import io.muster.web.Message;

/**
 * Thrown when someone who is not a System Administrator asks for what only they may do.
 */
public class SystemAdminsOnly extends DirectoryProblem {

	/**
	 * @param what what was asked for, as the code {@code directory.problem.system-admins-only.<what>}
	 *        names it
	 */
	SystemAdminsOnly(String what) {
		this(Message.of("directory.problem.system-admins-only." + what));
	}

	private SystemAdminsOnly(Message detail) {
		super(HttpStatus.FORBIDDEN, "system-admins-only", detail);
	}

	/**
	 * Refuses a change to an account that outranks the caller, saying whose it is.
	 */
	static SystemAdminsOnly outranked(String email, Role role) {
		return new SystemAdminsOnly(Message.of("directory.problem.system-admins-only.outranked", email,
				Rank.outranked(role)));
	}

}
