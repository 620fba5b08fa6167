package io.muster.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when a change was made from a stale page: someone else saved the user in between.
 */
public class UserChangedMeanwhile extends ErrorResponseException {

	UserChangedMeanwhile() {
		super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "Changed meanwhile",
				"This user was changed meanwhile by someone else. Nothing of yours was saved: "
						+ "reload the page to see the changes, then make yours again.",
				"changed-meanwhile"), null);
	}

}
