package io.muster.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A class, a year or a staff room: the unit an Administrator manages.
 */
@Table("user_group")
class Group {

	@Id
	private @Nullable Long id;

	private long organizationId;

	private String name;

	private Instant createdAt;

	@Version
	private int version;

	@PersistenceCreator
	private Group() {
	}

	Group(long organizationId, String name) {
		this.organizationId = organizationId;
		this.name = name;
		this.createdAt = Instant.now();
	}

	long organizationId() {
		return organizationId;
	}

	String name() {
		return name;
	}

	void rename(String newName) {
		this.name = newName;
	}

	GroupSummary summary() {
		if (id == null) {
			throw new IllegalStateException("Group is not saved yet");
		}
		return new GroupSummary(id, name);
	}

}
