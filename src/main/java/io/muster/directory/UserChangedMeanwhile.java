package io.muster.directory;

import org.springframework.http.HttpStatus;

import io.muster.web.Message;

/**
 * Thrown when a change was made from a stale page: someone else saved the user in between.
 */
public class UserChangedMeanwhile extends DirectoryProblem {

	UserChangedMeanwhile() {
		super(HttpStatus.CONFLICT, "changed-meanwhile", Message.of("directory.problem.changed-meanwhile.detail"));
	}

}
