package io.muster.organization;

import java.util.Map;

import io.muster.web.InvalidFields;
import io.muster.web.Message;

/**
 * Thrown when organization settings break their bounds; it names every field and what fits.
 */
public class InvalidSettings extends InvalidFields {

	InvalidSettings(Map<String, Message> problems) {
		super("invalid-settings", "organization.problem.invalidSettings", problems);
	}

}
