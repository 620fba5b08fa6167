package io.muster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.muster.directory.AccountBatch;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterfaces;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MusterApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
		modules.verify();
	}

	/**
	 * The directory's bulk account writes check no rule of their own: only the importer, which has
	 * verified every row against the account rules, may reach them, and no other module that may use
	 * the directory.
	 */
	@Test
	void onlyTheImporterReachesTheDirectorysBulkAccountWrites() {
		NamedInterfaces directory = modules.getModuleByName("directory").orElseThrow().getNamedInterfaces();

		assertThat(directory.getByName("importer").orElseThrow().contains(AccountBatch.class)).isTrue();
		assertThat(directory.getUnnamedInterface().contains(AccountBatch.class)).isFalse();
		modules.stream().filter(module -> !module.getName().equals("importing")).forEach(module -> assertThat(module
			.getDirectDependencies(modules).stream().map(dependency -> dependency.getTargetType().getName()))
			.as(module.getName()).doesNotContain(AccountBatch.class.getName()));
	}

	@Test
	void documentsTheModulesAndTheirDependencies() {
		Documenter documenter = new Documenter(modules);
		documenter.writeDocumentation();
		assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists();
	}

}
