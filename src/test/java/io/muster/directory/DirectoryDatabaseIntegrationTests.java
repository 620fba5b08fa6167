package io.muster.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.muster.organization.OrganizationService;
import io.muster.organization.OrganizationSettings;
import io.muster.support.Api;

@SpringBootTest(properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class DirectoryDatabaseIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationService organizations;

	@Autowired
	MessageSource messages;

	@Autowired
	AccountBatch accounts;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theDatabaseItselfRefusesAnEmailThatDiffersOnlyInCase() {
		assertThatThrownBy(() -> insertDirectly("USER@demo-school.test", "user@demo-school.test"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesAnEmailKeyThatIsNotTheLowerCasedEmail() {
		assertThatThrownBy(() -> insertDirectly("Sneaky@Example.org", "other@example.org"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void createUserRefusesATakenEmailInAnyCaseAndChangesNothing() {
		OrganizationSettings hillside = organizations.findByName("Hillside Academy").orElseThrow();
		long before = count();
		assertThatThrownBy(() -> directory.createUser(new NewUser(hillside.id(), PersonName.full("Copy Cat"),
				"Admin@Demo-School.test", Role.USER, null, Set.of(), "Sunflower-42")))
			.isInstanceOfSatisfying(EmailTaken.class, ex -> assertThat(ex.updateAndGetBody(messages, Locale.ENGLISH)
				.getDetail()).contains("already has an account"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void storesOnlyAnArgon2HashOfThePassword() {
		OrganizationSettings hillside = organizations.findByName("Hillside Academy").orElseThrow();
		UserSummary user = directory.createUser(new NewUser(hillside.id(), PersonName.of("Rosa", "Parks"),
				"rosa.parks@hillside.test", Role.USER, null, Set.of("staff"), "Montgomery-1955"));
		String hash = jdbc.sql("SELECT password_hash FROM users WHERE id = :id").param("id", user.id())
			.query(String.class).single();
		assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("Montgomery-1955");
		assertThat(user.tags()).containsExactly("staff");
	}

	@Test
	void refusesAWeakPasswordWithTheReason() {
		OrganizationSettings hillside = organizations.findByName("Hillside Academy").orElseThrow();
		assertThatThrownBy(() -> directory.createUser(new NewUser(hillside.id(), PersonName.full("Weak One"),
				"weak@hillside.test", Role.USER, null, Set.of(), "abc")))
			.isInstanceOf(InvalidDirectoryInput.class)
			.satisfies(ex -> assertThat(English.of(((InvalidDirectoryInput) ex).problems())).singleElement().asString()
				.contains("too short"));
		assertThat(directory.findByEmail("weak@hillside.test")).isEmpty();
	}

	@Test
	void anAdministratorCreatedByAnImportAdministersTheirGroupAsOneAddedByHand() {
		OrganizationSettings hillside = organizations.findByName("Hillside Academy").orElseThrow();
		long office = directory.manageableGroups(hillsideSysadmin()).get(0).id();
		Map<String, Long> ids = transactions.execute(status -> accounts.createAll(List.of(new ImportedAccount(
				hillside.id(), PersonName.of("Ida", "Imported"), "ida.imported@hillside.test", Role.ADMIN, office,
				Set.of("staff"), accounts.hash("Imported-Admin-1"), false))));

		SignedInUser ida = directory.signedIn(ids.get("ida.imported@hillside.test")).orElseThrow();

		assertThat(directory.manageableGroups(ida)).extracting(GroupSummary::id).containsExactly(office);
	}

	private SignedInUser hillsideSysadmin() {
		return directory.signedIn(directory.findByEmail(Api.HILLSIDE_SYSADMIN).orElseThrow().id()).orElseThrow();
	}

	private void insertDirectly(String email, String emailKey) {
		jdbc.sql("""
				INSERT INTO users (organization_id, full_name, email, email_key, role, status, password_hash, created_at)
				VALUES (:org, 'Direct', :email, :key, 'USER', 'ACTIVE', 'x', :now)""")
			.param("org", organizations.findByName("Demo School").orElseThrow().id())
			.param("email", email)
			.param("key", emailKey)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
	}

}
