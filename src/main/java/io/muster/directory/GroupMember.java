package io.muster.directory;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * An account of a group as an import that makes the group whole compares it with a file: its name,
 * tags (sorted), role and status.
 */
@NamedInterface("importer")
public record GroupMember(long userId, String email, PersonName name, Role role, UserStatus status,
		List<String> tags) {

	public GroupMember {
		tags = List.copyOf(tags);
	}

}
