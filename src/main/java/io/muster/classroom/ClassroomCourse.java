package io.muster.classroom;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Google Classroom class as the Classroom API describes it, and as the options page lists it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassroomCourse(String id, String name, @Nullable String section, @Nullable String courseState) {

	/** The name with its section, as teachers tell their classes apart: "7A Biology (Class 7A)". */
	public String title() {
		return section == null || section.isBlank() ? name : name + " (" + section + ")";
	}

}
