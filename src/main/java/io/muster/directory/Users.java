package io.muster.directory;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface Users extends CrudRepository<User, Long> {

	Optional<User> findByEmailKey(String emailKey);

	boolean existsByEmailKey(String emailKey);

	@Query("SELECT COUNT(*) FROM users WHERE organization_id = :organizationId AND role = 'SYSTEM_ADMIN' AND status = 'ACTIVE'")
	long countActiveSystemAdmins(@Param("organizationId") long organizationId);

	@Query("SELECT COUNT(*) FROM users WHERE group_id = :groupId")
	long countInGroup(@Param("groupId") long groupId);

}
