package io.muster.organization;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import io.muster.web.Problems;

/**
 * Thrown when the settings were saved by someone else since the form was opened.
 */
public class SettingsChangedMeanwhile extends ErrorResponseException {

	SettingsChangedMeanwhile() {
		super(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "Changed meanwhile",
				"The organization settings were changed meanwhile by someone else. Nothing of yours was saved: "
						+ "reload the page to see the changes, then make yours again.",
				"changed-meanwhile"), null);
	}

}
