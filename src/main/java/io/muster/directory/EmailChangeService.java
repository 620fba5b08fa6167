package io.muster.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.muster.mail.Mail;
import io.muster.mail.MailLinks;
import io.muster.mail.MailService;
import io.muster.secrets.RandomSecrets;
import io.muster.web.Message;

/**
 * Changes a user's email address once they prove they can read mail at the new one.
 *
 * <p>The old address keeps working until the link in the confirmation mail is opened, so a typo
 * never locks anyone out. Only the hash of the link's token is stored.
 */
@Service
public class EmailChangeService {

	static final Duration LINK_VALIDITY = Duration.ofHours(24);

	private final Users users;

	private final EmailChanges changes;

	private final DirectoryService directory;

	private final MailService mail;

	private final MailLinks links;

	private final Notices notices;

	EmailChangeService(Users users, EmailChanges changes, DirectoryService directory, MailService mail,
			MailLinks links, Notices notices) {
		this.users = users;
		this.changes = changes;
		this.directory = directory;
		this.mail = mail;
		this.links = links;
		this.notices = notices;
	}

	/**
	 * Sends a confirmation link to the new address after checking the user's current password.
	 */
	@Transactional
	public void request(SignedInUser actor, String newEmail, String currentPassword) {
		User user = users.findById(actor.id()).orElseThrow(UserNotFound::new);
		directory.requireCurrentPassword(user, currentPassword);
		String email = AccountRules.tidy(newEmail);
		AccountRules.emailProblem(email).ifPresent(problem -> {
			throw new InvalidDirectoryInput("newEmail", problem);
		});
		if (User.emailKey(email).equals(User.emailKey(user.email()))) {
			throw new InvalidDirectoryInput("newEmail", Message.of("account.email.same"));
		}
		if (users.existsByEmailKey(User.emailKey(email))) {
			throw new EmailTaken(email);
		}
		String token = RandomSecrets.newSecret();
		changes.replace(user.id(), RandomSecrets.sha256(token), email, Instant.now().plus(LINK_VALIDITY));
		mail.send(new Mail(user.organizationId(), email, notices.text(Message.of("account.email.mail.subject")),
				"email-change",
				Map.of("name", user.fullName(), "oldEmail", user.email(), "newEmail", email, "link",
						links.withToken("/account/email/confirm", token), "hours", LINK_VALIDITY.toHours())));
	}

	/**
	 * Makes the new address the user's sign-in; the link works once.
	 */
	@Transactional
	public String confirm(String token) {
		EmailChanges.PendingEmailChange pending = changes.take(RandomSecrets.sha256(token))
			.filter(change -> change.expiresAt().isAfter(Instant.now()))
			.orElseThrow(() -> new InvalidDirectoryInput("token", Message.of("account.email.linkInvalid")));
		if (users.existsByEmailKey(User.emailKey(pending.newEmail()))) {
			throw new EmailTaken(pending.newEmail());
		}
		User user = users.findById(pending.userId()).orElseThrow(UserNotFound::new);
		user.changeEmail(pending.newEmail());
		users.save(user);
		return pending.newEmail();
	}

}
