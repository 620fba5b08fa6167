package io.muster.organization;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface Organizations extends CrudRepository<Organization, Long> {

	Optional<Organization> findByName(String name);

}
