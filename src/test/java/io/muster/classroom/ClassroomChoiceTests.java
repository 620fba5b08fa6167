package io.muster.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A Classroom import gives everyone its default password, so its students are asked for their own
 * at first sign-in unless the administrator unticks it (or a script says false).
 */
class ClassroomChoiceTests {

	@Test
	void theOptionsPageTicksAskForANewPasswordAtFirst() {
		assertThat(new ClassroomForm().isAskNewPassword()).isTrue();
		ClassroomForm unticked = new ClassroomForm();
		unticked.setAskNewPassword(false);
		assertThat(unticked.choice().askNewPassword()).isFalse();
	}

	@Test
	void aScriptThatLeavesItOutGetsTheDefault() {
		ClassroomApiController.StageRequest request = new ClassroomApiController.StageRequest(List.of("1"), 7L, null,
				"Classroom-Start-2026", null, null, null, null);
		assertThat(request.choice().askNewPassword()).isNull();
	}

}
