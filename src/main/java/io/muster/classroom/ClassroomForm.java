package io.muster.classroom;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.muster.directory.AccountRules;

/**
 * The Classroom options page as submitted: chosen class ids, group, welcome email, default
 * password (or a password made for each student), tags typed as one line, whether each class
 * becomes a tag, and whether the students choose their own password at first sign-in (at first,
 * yes: the default password is everyone's, a made one was printed on a card).
 */
public class ClassroomForm {

	private List<String> courseIds = new ArrayList<>();

	private @Nullable Long groupId;

	private boolean welcomeEmail;

	private @Nullable String defaultPassword;

	private String tags = "";

	private boolean tagPerClass;

	private boolean askNewPassword = true;

	private boolean generatePasswords;

	ClassroomChoice choice() {
		List<String> typedTags = List.copyOf(AccountRules.splitTags(tags));
		return new ClassroomChoice(courseIds, groupId, welcomeEmail, defaultPassword, typedTags, tagPerClass,
				askNewPassword, generatePasswords);
	}

	public List<String> getCourseIds() {
		return courseIds;
	}

	public void setCourseIds(@Nullable List<String> courseIds) {
		this.courseIds = courseIds == null ? new ArrayList<>() : courseIds;
	}

	public @Nullable Long getGroupId() {
		return groupId;
	}

	public void setGroupId(@Nullable Long groupId) {
		this.groupId = groupId;
	}

	public boolean isWelcomeEmail() {
		return welcomeEmail;
	}

	public void setWelcomeEmail(boolean welcomeEmail) {
		this.welcomeEmail = welcomeEmail;
	}

	public @Nullable String getDefaultPassword() {
		return defaultPassword;
	}

	public void setDefaultPassword(@Nullable String defaultPassword) {
		this.defaultPassword = defaultPassword;
	}

	public String getTags() {
		return tags;
	}

	public void setTags(@Nullable String tags) {
		this.tags = tags == null ? "" : tags;
	}

	public boolean isAskNewPassword() {
		return askNewPassword;
	}

	public void setAskNewPassword(boolean askNewPassword) {
		this.askNewPassword = askNewPassword;
	}

	public boolean isGeneratePasswords() {
		return generatePasswords;
	}

	public void setGeneratePasswords(boolean generatePasswords) {
		this.generatePasswords = generatePasswords;
	}

	public boolean isTagPerClass() {
		return tagPerClass;
	}

	public void setTagPerClass(boolean tagPerClass) {
		this.tagPerClass = tagPerClass;
	}

}
