package io.muster.classroom;

import java.util.List;

/**
 * Which classes an import read from Google Classroom and whether each became a tag: what reading
 * them again the same way needs. The ids are kept sorted, so that one set of classes is one value.
 */
record ClassroomSource(List<String> courseIds, boolean tagPerClass) {

	ClassroomSource {
		courseIds = courseIds.stream().distinct().sorted().toList();
	}

	static ClassroomSource of(ClassroomChoice choice) {
		return new ClassroomSource(choice.courseIds(), choice.tagPerClass());
	}

	static ClassroomSource stored(String courseIds, boolean tagPerClass) {
		return new ClassroomSource(List.of(courseIds.split(",")), tagPerClass);
	}

	String storedIds() {
		return String.join(",", courseIds);
	}

}
