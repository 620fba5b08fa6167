package io.muster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import io.muster.directory.SignedInUser;
import io.muster.support.Api;

/**
 * Old imports and abandoned drafts are forgotten, with what they staged; recent ones stay.
 */
@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
@Transactional
class ImportRetentionTests {

	@Autowired
	ImportDrafts drafts;

	@Autowired
	ImportQueue queue;

	@Autowired
	ImportJobs jobs;

	@Autowired
	Undos undos;

	@Autowired
	UserDetailsService users;

	@Test
	void abandonedDraftsGoWithTheirFileAndRecentOnesStay() {
		SignedInUser admin = (SignedInUser) users.loadUserByUsername(Api.ADMIN);
		UUID draft = upload(admin);
		UUID cancelled = upload(admin);
		queue.cancel(admin, cancelled);
		undos.insert(cancelled, admin.id(), 0);

		jobs.purge(Instant.now().minus(Duration.ofDays(1)), Instant.now().minus(Duration.ofDays(1)));
		assertThat(jobs.find(draft)).isPresent();
		assertThat(jobs.find(cancelled)).isPresent();

		jobs.purge(Instant.now().plusSeconds(1), Instant.now().plusSeconds(1));
		assertThat(jobs.find(draft)).isEmpty();
		assertThat(jobs.find(cancelled)).isEmpty();
		assertThat(undos.find(cancelled)).as("its undo goes with it").isEmpty();
		assertThat(jobs.stagedUpload(draft)).isEmpty();
	}

	private UUID upload(SignedInUser admin) {
		return drafts.upload(admin, "old.csv", "Name,Email\nAda,ada.old@example.org\n".getBytes(StandardCharsets.UTF_8),
				null, null, null).id();
	}

}
