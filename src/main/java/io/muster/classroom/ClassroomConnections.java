package io.muster.classroom;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.muster.directory.SignedInUser;

/**
 * An administrator's connection to Google Classroom: accepted after consent only when the Google
 * account is theirs and every needed scope was granted, used with a fresh token, and revoked on
 * disconnect.
 */
@Service
class ClassroomConnections {

	private final GoogleConnections connections;

	private final GoogleTokens tokens;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	ClassroomConnections(GoogleConnections connections, GoogleTokens tokens, TransactionTemplate transaction,
			ApplicationEventPublisher events) {
		this.connections = connections;
		this.tokens = tokens;
		this.transaction = transaction;
		this.events = events;
	}

	/**
	 * Keeps a grant Google just gave, or revokes it and keeps nothing when it belongs to another
	 * email address or lacks a scope Muster needs.
	 */
	ConnectOutcome accept(SignedInUser admin, OAuth2AuthorizedClient client) {
		Set<String> granted = client.getAccessToken().getScopes();
		OAuth2RefreshToken refresh = client.getRefreshToken();
		String accessToken = client.getAccessToken().getTokenValue();
		List<String> missing = GoogleRegistrations.CLASSROOM_SCOPES.stream()
			.filter(scope -> !granted.contains(scope))
			.sorted()
			.toList();
		GoogleTokens.GoogleAccount account = missing.isEmpty() ? tokens.account(accessToken)
				: new GoogleTokens.GoogleAccount("", false);
		if (!missing.isEmpty() || !account.verified() || !account.email().equalsIgnoreCase(admin.email())) {
			tokens.revoke(refresh == null ? accessToken : refresh.getTokenValue());
			return missing.isEmpty() ? ConnectOutcome.otherAccount(account.email(), admin.email())
					: ConnectOutcome.missing(missing);
		}
		GoogleConnection connection = new GoogleConnection(admin.id(), account.email(), new LinkedHashSet<>(granted),
				accessToken, GoogleTokens.expiry(client.getAccessToken()), refresh == null ? null : refresh.getTokenValue(),
				Instant.now());
		transaction.executeWithoutResult(status -> {
			connections.save(connection);
			audit(admin, ClassroomActivity.Kind.CONNECTED, account.email());
		});
		return ConnectOutcome.connected(account.email());
	}

	Optional<GoogleConnection> connection(SignedInUser admin) {
		return connections.find(admin.id());
	}

	/**
	 * Calls Google with the administrator's access token, refreshed first when it has expired,
	 * and once more with a fresh one when Google rejects it; a grant Google no longer honours is
	 * forgotten, so that the page asks to authorize again.
	 */
	<T> T withToken(SignedInUser admin, Function<String, T> call) {
		GoogleConnection connection = connections.find(admin.id()).orElseThrow(ClassroomProblem::notConnected);
		if (connection.accessExpired(Instant.now())) {
			connection = refresh(connection);
		}
		try {
			return call.apply(connection.accessToken());
		}
		catch (ClassroomApi.TokenRejected ex) {
			GoogleConnection fresh = refresh(connection);
			try {
				return call.apply(fresh.accessToken());
			}
			catch (ClassroomApi.TokenRejected again) {
				connections.delete(admin.id());
				throw ClassroomProblem.authorizationLost();
			}
		}
	}

	/**
	 * Revokes the grant at Google and forgets it here; says whether Google confirmed.
	 */
	boolean disconnect(SignedInUser admin) {
		Optional<GoogleConnection> connection = connections.find(admin.id());
		transaction.executeWithoutResult(status -> {
			connections.delete(admin.id());
			connection.ifPresent(found -> audit(admin, ClassroomActivity.Kind.DISCONNECTED, found.googleEmail()));
		});
		return connection
			.map(found -> tokens.revoke(found.refreshToken() == null ? found.accessToken() : found.refreshToken()))
			.orElse(true);
	}

	private void audit(SignedInUser admin, ClassroomActivity.Kind kind, String googleEmail) {
		events.publishEvent(new ClassroomActivity(admin.organizationId(), admin.id(), kind, googleEmail));
	}

	private GoogleConnection refresh(GoogleConnection connection) {
		try {
			GoogleConnection fresh = tokens.refresh(connection);
			connections.save(fresh);
			return fresh;
		}
		catch (ClassroomProblem ex) {
			if (ex.authorizeAgain()) {
				connections.delete(connection.userId());
			}
			throw ex;
		}
	}

}
