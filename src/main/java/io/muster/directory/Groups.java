package io.muster.directory;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

interface Groups extends CrudRepository<Group, Long> {

	List<Group> findByOrganizationIdOrderByName(long organizationId);

	boolean existsByIdAndOrganizationId(long id, long organizationId);

}
