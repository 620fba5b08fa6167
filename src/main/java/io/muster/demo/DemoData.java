package io.muster.demo;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.muster.directory.DirectoryService;
import io.muster.directory.GroupSummary;
import io.muster.directory.NewUser;
import io.muster.directory.PersonName;
import io.muster.directory.Role;
import io.muster.directory.UserSummary;
import io.muster.organization.OrganizationService;
import io.muster.organization.OrganizationSettings;

/**
 * Creates the demo organizations on the first start and prints how to sign in on every start.
 *
 * <p>The demo sign-ins get the password of {@code muster.demo.password}; without it a new one is
 * generated at each start, so the password printed is always the one that works.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	static final String DEMO_SCHOOL = "Demo School";

	static final String HILLSIDE = "Hillside Academy";

	static final List<String> SIGN_INS = List.of("sysadmin@demo-school.test", "admin@demo-school.test",
			"user@demo-school.test", "sysadmin@hillside.test");

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrganizationService organizations;

	private final DirectoryService directory;

	private final TransactionTemplate transaction;

	private final @Nullable String configuredPassword;

	private final Environment environment;

	DemoData(OrganizationService organizations, DirectoryService directory, TransactionTemplate transaction,
			DemoSettings settings, Environment environment) {
		this.organizations = organizations;
		this.directory = directory;
		this.transaction = transaction;
		this.configuredPassword = settings.password();
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? generatePassword() : configuredPassword;
		transaction.executeWithoutResult(status -> {
			if (organizations.findByName(DEMO_SCHOOL).isEmpty()) {
				createDemoSchool(password);
				createHillside(password);
			}
			else {
				SIGN_INS.forEach(email -> directory.findByEmail(email)
					.ifPresent(user -> directory.resetPassword(user.id(), password)));
			}
		});
		log.info(banner(generated ? password : "as set in muster.demo.password"));
	}

	private void createDemoSchool(String password) {
		OrganizationSettings school = organizations.create(DEMO_SCHOOL, true);
		GroupSummary staff = directory.createGroup(school.id(), "Staff");
		GroupSummary class7a = directory.createGroup(school.id(), "Class 7A");
		GroupSummary class7b = directory.createGroup(school.id(), "Class 7B");
		user(school, "Sam Sysadmin", "sysadmin@demo-school.test", Role.SYSTEM_ADMIN, staff, password);
		UserSummary admin = user(school, "Alex Admin", "admin@demo-school.test", Role.ADMIN, staff, password);
		directory.makeAdministratorOf(admin.id(), class7a.id());
		directory.makeAdministratorOf(admin.id(), class7b.id());
		user(school, "Uma User", "user@demo-school.test", Role.USER, class7a, password);
	}

	private void createHillside(String password) {
		OrganizationSettings hillside = organizations.create(HILLSIDE, false);
		GroupSummary office = directory.createGroup(hillside.id(), "Office");
		user(hillside, "Hana Hillside", "sysadmin@hillside.test", Role.SYSTEM_ADMIN, office, password);
	}

	private UserSummary user(OrganizationSettings organization, String name, String email, Role role,
			GroupSummary group, String password) {
		String[] parts = name.split(" ", 2);
		return directory.createUser(new NewUser(organization.id(), PersonName.of(parts[0], parts[1]), email, role,
				group.id(), Set.of("demo"), password));
	}

	private String banner(String password) {
		String baseUrl = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		String line = "=".repeat(72);
		StringBuilder text = new StringBuilder("\n").append(line).append('\n')
			.append("  Muster is running: ").append(baseUrl).append('\n')
			.append("  Demo sign-ins (password: ").append(password).append(")\n");
		SIGN_INS.forEach(email -> text.append("    ").append(email).append('\n'));
		return text.append("  Mail goes to the outbox: ").append(baseUrl).append("/dev/mail").append('\n')
			.append(line).toString();
	}

	private static String generatePassword() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder("demo-");
		for (int i = 0; i < 12; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
