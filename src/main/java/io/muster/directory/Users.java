package io.muster.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface Users extends CrudRepository<User, Long> {

	Optional<User> findByEmailKey(String emailKey);

	List<User> findByOrganizationIdOrderByFullName(long organizationId);

	@Query("SELECT * FROM users WHERE organization_id = :organizationId AND group_id IN (:groupIds) ORDER BY full_name")
	List<User> findInGroups(@Param("organizationId") long organizationId, @Param("groupIds") List<Long> groupIds);

	boolean existsByEmailKey(String emailKey);

	@Query("SELECT COUNT(*) FROM users WHERE organization_id = :organizationId AND role = 'SYSTEM_ADMIN' AND status = 'ACTIVE'")
	long countActiveSystemAdmins(@Param("organizationId") long organizationId);

	@Query("SELECT COUNT(*) FROM users WHERE group_id = :groupId")
	long countInGroup(@Param("groupId") long groupId);

}
