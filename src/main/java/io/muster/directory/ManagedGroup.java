package io.muster.directory;

import org.springframework.data.relational.core.mapping.Table;

@Table("group_admin")
record ManagedGroup(long groupId) {
}
