package io.muster.classroom;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The classroom_import table: the classes each Classroom import read, kept as long as the import.
 */
@Repository
class ClassroomSources {

	private final JdbcClient jdbc;

	ClassroomSources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(UUID importId, ClassroomSource source) {
		jdbc.sql("INSERT INTO classroom_import (import_id, course_ids, tag_per_class) VALUES (:id, :courses, :tag)")
			.param("id", importId)
			.param("courses", source.storedIds())
			.param("tag", source.tagPerClass())
			.update();
	}

	Optional<ClassroomSource> find(UUID importId) {
		return jdbc.sql("SELECT course_ids, tag_per_class FROM classroom_import WHERE import_id = :id")
			.param("id", importId)
			.query((row, number) -> ClassroomSource.stored(row.getString("course_ids"), row.getBoolean("tag_per_class")))
			.optional();
	}

}
