package io.muster.classroom;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator chose for a Classroom import, as the help article lists it: the classes,
 * the group, the welcome email, the default password for those who do not sign in with Google,
 * tags for everyone, whether each class name becomes a tag, whether the students must choose a
 * password of their own at first sign-in (null: the default, yes), and whether Muster makes a
 * password for each of them instead of the default one, printed on sign-in cards.
 */
record ClassroomChoice(List<String> courseIds, @Nullable Long groupId, boolean welcomeEmail,
		@Nullable String defaultPassword, List<String> tags, boolean tagPerClass, @Nullable Boolean askNewPassword,
		boolean generatePasswords) {

	ClassroomChoice {
		courseIds = List.copyOf(courseIds);
		tags = List.copyOf(tags);
	}

}
