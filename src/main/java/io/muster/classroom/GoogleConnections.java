package io.muster.classroom;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.function.SingletonSupplier;

import io.muster.secrets.SecretCipher;

/**
 * The stored Google connections, one per administrator, their tokens encrypted with
 * {@code muster.google.token-key}, which production only needs once someone connects.
 */
@Repository
class GoogleConnections {

	private final JdbcClient jdbc;

	private final SingletonSupplier<SecretCipher> cipher;

	GoogleConnections(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.cipher = SingletonSupplier
			.of(() -> SecretCipher.fromProperty("muster.google.token-key", environment, "google-token.key"));
	}

	Optional<GoogleConnection> find(long userId) {
		return jdbc.sql("""
				SELECT user_id, google_email, scopes, access_token, access_expires_at, refresh_token, connected_at
				FROM google_connection WHERE user_id = :user""")
			.param("user", userId)
			.query(this::connection)
			.optional();
	}

	void save(GoogleConnection connection) {
		delete(connection.userId());
		jdbc.sql("""
				INSERT INTO google_connection (user_id, google_email, scopes, access_token, access_expires_at,
				                               refresh_token, connected_at)
				VALUES (:user, :email, :scopes, :access, :expires, :refresh, :connected)""")
			.param("user", connection.userId())
			.param("email", connection.googleEmail())
			.param("scopes", String.join(" ", connection.scopes()))
			.param("access", seal(connection.accessToken()))
			.param("expires", connection.accessExpiresAt().atOffset(ZoneOffset.UTC))
			.param("refresh", connection.refreshToken() == null ? null : seal(connection.refreshToken()))
			.param("connected", connection.connectedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	boolean delete(long userId) {
		return jdbc.sql("DELETE FROM google_connection WHERE user_id = :user").param("user", userId).update() > 0;
	}

	private GoogleConnection connection(ResultSet row, int number) throws SQLException {
		byte[] refresh = row.getBytes("refresh_token");
		return new GoogleConnection(row.getLong("user_id"), row.getString("google_email"),
				new LinkedHashSet<>(Arrays.asList(row.getString("scopes").split(" "))), open(row.getBytes("access_token")),
				row.getObject("access_expires_at", OffsetDateTime.class).toInstant(),
				refresh == null ? null : open(refresh),
				row.getObject("connected_at", OffsetDateTime.class).toInstant());
	}

	private byte[] seal(String token) {
		return cipher.obtain().encrypt(token.getBytes(StandardCharsets.UTF_8));
	}

	private String open(byte[] sealed) {
		return new String(cipher.obtain().decrypt(sealed), StandardCharsets.UTF_8);
	}

}
