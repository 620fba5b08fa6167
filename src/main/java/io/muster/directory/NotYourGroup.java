package io.muster.directory;

import org.springframework.http.HttpStatus;

import io.muster.web.Message;

/**
 * Thrown when someone asks for a group of their organization that they do not manage.
 */
public class NotYourGroup extends DirectoryProblem {

	NotYourGroup(String groupName) {
		super(HttpStatus.FORBIDDEN, "not-your-group", Message.of("directory.problem.not-your-group.detail", groupName));
	}

}
