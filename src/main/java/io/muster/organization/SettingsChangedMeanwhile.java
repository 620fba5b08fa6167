package io.muster.organization;

import org.springframework.http.HttpStatus;

import io.muster.web.CodedProblem;

/**
 * Thrown when the settings were saved by someone else since the form was opened.
 */
public class SettingsChangedMeanwhile extends CodedProblem {

	SettingsChangedMeanwhile() {
		super(HttpStatus.CONFLICT, "changed-meanwhile", "organization.problem.changedMeanwhile");
	}

}
