package io.muster.tokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;
import io.muster.directory.AccountRules;
import io.muster.secrets.RandomSecrets;
import io.muster.web.Message;

/**
 * Makes, lists, revokes and checks personal API tokens.
 *
 * <p>A token is {@code mst_} and 43 URL-safe characters (256 random bits); the prefix lets secret
 * scanners and people recognise one. It acts as its owner with the owner's rights at each call;
 * it stops when revoked, when it expires, when its owner may no longer sign in, and when its
 * owner's role is lowered below the one they had when they made it.
 */
@Service
public class TokenService {

	static final String PREFIX = "mst_";

	static final int MAX_NAME = 100;

	static final int MAX_TOKENS = 50;

	private static final Pattern WELL_FORMED = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

	private final ApiTokens tokens;

	private final DirectoryService directory;

	private final ApplicationEventPublisher events;

	TokenService(ApiTokens tokens, DirectoryService directory, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.directory = directory;
		this.events = events;
	}

	/**
	 * Makes a token for the person signed in; its secret is in the answer and nowhere else.
	 */
	@Transactional
	public IssuedToken create(SignedInUser me, String name, int days) {
		String label = AccountRules.tidy(name);
		checkName(label);
		TokenLifetime lifetime = TokenLifetime.ofDays(days)
			.orElseThrow(() -> TokenRejected.badField("days", "token-lifetime-invalid"));
		// As the database keeps it, so that the token answered now and the one listed later agree.
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		if (tokens.ofUser(me.id()).stream().filter(token -> token.status(now) == ApiToken.Status.ACTIVE)
			.count() >= MAX_TOKENS) {
			throw TokenRejected.badField("name", "token-too-many", MAX_TOKENS);
		}
		String secret = PREFIX + RandomSecrets.newSecret();
		Instant expiresAt = now.plus(lifetime.duration());
		long id = tokens.insert(me.id(), label, RandomSecrets.sha256(secret), me.role(), now, expiresAt);
		events.publishEvent(new TokenActivity(me.organizationId(), me.id(), id, label, TokenActivity.Kind.CREATED));
		return new IssuedToken(new ApiToken(id, me.id(), label, me.role(), now, expiresAt, null, null), secret);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(SignedInUser me) {
		return tokens.ofUser(me.id());
	}

	/**
	 * Revokes one of the person's own tokens at once; revoking it again changes nothing. Another
	 * person's token is "not found".
	 */
	@Transactional
	public void revoke(SignedInUser me, long id) {
		ApiToken token = tokens.find(me.id(), id).orElseThrow(TokenRejected::notFound);
		if (tokens.revoke(me.id(), id, Instant.now())) {
			events.publishEvent(new TokenActivity(me.organizationId(), me.id(), id, token.name(), TokenActivity.Kind.REVOKED));
		}
	}

	/**
	 * What a presented token is worth right now; notes its use when it works.
	 */
	@Transactional
	public TokenCheck check(String presented) {
		if (!WELL_FORMED.matcher(presented).matches()) {
			return new TokenCheck.Refused("token-malformed");
		}
		Optional<ApiToken> found = tokens.bySecretHash(RandomSecrets.sha256(presented));
		if (found.isEmpty()) {
			return new TokenCheck.Refused("token-unknown");
		}
		ApiToken token = found.get();
		Instant now = Instant.now();
		switch (token.status(now)) {
			case REVOKED:
				return new TokenCheck.Refused("token-revoked");
			case EXPIRED:
				return new TokenCheck.Refused("token-expired");
			case ACTIVE:
				break;
		}
		Optional<SignedInUser> person = directory.signedIn(token.userId());
		if (person.isEmpty()) {
			return new TokenCheck.Refused("token-account-inactive");
		}
		if (person.get().role().compareTo(token.issuedRole()) > 0) {
			return new TokenCheck.Refused("token-role-lowered");
		}
		tokens.noteUse(token.id(), now);
		return new TokenCheck.Accepted(person.get(), token.id());
	}

	private static void checkName(String name) {
		if (name.isEmpty()) {
			throw TokenRejected.badField("name", "token-name-missing");
		}
		if (name.codePointCount(0, name.length()) > MAX_NAME) {
			throw TokenRejected.badField("name", "token-name-too-long", MAX_NAME);
		}
		if (AccountRules.visibleTextProblem(Message.of("tokens.name"), name).isPresent()) {
			throw TokenRejected.badField("name", "token-name-invisible");
		}
	}

}
