package io.muster.directory;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.muster.mail.Mail;
import io.muster.mail.MailLinks;
import io.muster.mail.MailService;
import io.muster.organization.OrganizationService;
import io.muster.secrets.RandomSecrets;
import io.muster.web.Message;

/**
 * Resets a forgotten password for a user an administrator manages.
 *
 * <p>With mail delivered, the user gets a link and chooses the new password themselves, so the
 * administrator never knows it. Without mail, a random password is made, stored only as its
 * hash and handed to the administrator once. Either way the old password stops working at once.
 */
@Service
public class PasswordResetService {

	static final Duration LINK_VALIDITY = Duration.ofHours(48);

	/** No 0/O, 1/l/I: the password is read off a screen and typed by someone else. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Users users;

	private final UserManagement management;

	private final SetPasswordTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final DirectoryService directory;

	private final OrganizationService organizations;

	private final MailService mail;

	private final MailLinks links;

	private final ApplicationEventPublisher events;

	private final Notices notices;

	private final SecureRandom random = new SecureRandom();

	PasswordResetService(Users users, UserManagement management, SetPasswordTokens tokens,
			PasswordEncoder passwordEncoder, DirectoryService directory, OrganizationService organizations,
			MailService mail, MailLinks links, ApplicationEventPublisher events, Notices notices) {
		this.users = users;
		this.management = management;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.directory = directory;
		this.organizations = organizations;
		this.mail = mail;
		this.links = links;
		this.events = events;
		this.notices = notices;
	}

	/**
	 * Resets the password; with {@code askNewPassword} the person must choose their own at their next
	 * sign-in with a password (a mailed link has them choose it at once, which does as much).
	 */
	@Transactional
	public PasswordReset reset(SignedInUser actor, long userId, boolean askNewPassword) {
		User user = management.changeable(actor, userId);
		if (userId == actor.id()) {
			throw new ChangeRefused("user", Message.of("directory.problem.change-refused.ownPassword"));
		}
		events.publishEvent(new DirectoryActivity(actor.organizationId(), actor.id(), "user.PASSWORD_RESET", user.email()));
		if (mail.delivers()) {
			return sendLink(user, askNewPassword);
		}
		String password = randomPassword(organizations.settings(user.organizationId()).minPasswordLength());
		user.changePasswordHash(passwordEncoder.encode(password), askNewPassword);
		users.save(user);
		return new PasswordReset(user.email(), false, password);
	}

	/**
	 * Whether the link is (still) good, so that the page can say so before anyone types.
	 */
	@Transactional(readOnly = true)
	public boolean isValid(String token) {
		return tokens.userOf(RandomSecrets.sha256(token)).isPresent();
	}

	/**
	 * Sets the password chosen through a mailed link; the link works once.
	 */
	@Transactional
	public void setPassword(String token, String newPassword) {
		long userId = tokens.userOf(RandomSecrets.sha256(token))
			.orElseThrow(() -> new InvalidDirectoryInput("token", Message.of("setPassword.invalid")));
		User user = users.findById(userId).orElseThrow(UserNotFound::new);
		DirectoryService.checkPassword(directory.rulesFor(user.organizationId()), newPassword, user.email());
		user.changePasswordHash(passwordEncoder.encode(newPassword));
		users.save(user);
		tokens.deleteFor(userId);
	}

	private PasswordReset sendLink(User user, boolean askNewPassword) {
		String token = RandomSecrets.newSecret();
		tokens.replace(user.id(), RandomSecrets.sha256(token), Instant.now().plus(LINK_VALIDITY));
		// The old password must not keep working while the link is on its way; nobody knows this one.
		user.changePasswordHash(passwordEncoder.encode(RandomSecrets.newSecret()), askNewPassword);
		users.save(user);
		mail.send(new Mail(user.organizationId(), user.email(), notices.text(Message.of("setPassword.mail.subject")),
				"set-password",
				Map.of("name", user.fullName(), "organization", organizations.settings(user.organizationId()).name(),
						"link", links.withToken("/password/set", token), "hours", LINK_VALIDITY.toHours())));
		return new PasswordReset(user.email(), true, null);
	}

	private String randomPassword(int minLength) {
		int length = Math.max(16, minLength);
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < length; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
