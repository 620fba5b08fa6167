package io.muster.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.muster.directory.SignedInUser;

/**
 * Writes the audit log and shows it, a page at a time, to the System Administrators of the
 * organization it belongs to.
 */
@Service
public class AuditLog {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void record(long organizationId, String actorEmail, String action, String subject, String reference,
			Instant occurredAt) {
		jdbc.sql("""
				INSERT INTO audit_event (organization_id, occurred_at, actor_email, action, subject, reference)
				VALUES (:organization, :at, :actor, :action, :subject, :reference)""")
			.param("organization", organizationId)
			.param("at", occurredAt.atOffset(ZoneOffset.UTC))
			.param("actor", actorEmail)
			.param("action", action)
			.param("subject", subject.length() > 300 ? subject.substring(0, 300) : subject)
			.param("reference", reference)
			.update();
	}

	/**
	 * One page of the organization's log, newest first; one more entry than a page holds is read,
	 * to know whether there is a next page.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public List<AuditEntry> page(SignedInUser actor, int page) {
		return jdbc.sql("""
				SELECT id, occurred_at, actor_email, action, subject, reference FROM audit_event
				WHERE organization_id = :organization ORDER BY occurred_at DESC, id DESC
				LIMIT :limit OFFSET :offset""")
			.param("organization", actor.organizationId())
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) Math.max(0, page) * PAGE_SIZE)
			.query((rs, row) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	/**
	 * Forgets entries older than the retention; returns how many.
	 */
	@Transactional
	public int purgeBefore(Instant cutoff) {
		return jdbc.sql("DELETE FROM audit_event WHERE occurred_at < :cutoff")
			.param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).update();
	}

}
