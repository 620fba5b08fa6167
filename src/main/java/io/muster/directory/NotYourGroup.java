package io.muster.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when someone asks for a group of their organization that they do not manage.
 */
public class NotYourGroup extends ErrorResponseException {

	NotYourGroup(String groupName) {
		super(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "Not your group",
				"You are not an administrator of the group \"" + groupName
						+ "\". Ask a System Administrator to make you one, or choose one of your own groups.",
				"not-your-group"), null);
	}

}
