package io.muster.directory;

import org.springframework.data.relational.core.mapping.Table;

@Table("user_tag")
record UserTag(String tag) {
}
