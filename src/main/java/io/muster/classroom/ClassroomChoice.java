package io.muster.classroom;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator chose for a Classroom import, as the help article lists it: the classes,
 * the group, the welcome email, the default password for those who do not sign in with Google,
 * tags for everyone, whether each class name becomes a tag, and whether the students must choose a
 * password of their own at first sign-in (null: the default, yes).
 */
record ClassroomChoice(List<String> courseIds, @Nullable Long groupId, boolean welcomeEmail,
		@Nullable String defaultPassword, List<String> tags, boolean tagPerClass, @Nullable Boolean askNewPassword) {

	ClassroomChoice {
		courseIds = List.copyOf(courseIds);
		tags = List.copyOf(tags);
	}

}
