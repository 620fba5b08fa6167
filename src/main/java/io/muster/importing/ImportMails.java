package io.muster.importing;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.muster.directory.DirectoryService;
import io.muster.mail.Mail;
import io.muster.mail.MailService;

/**
 * The emails an import sends: a welcome to each created user when chosen, and the report to the
 * administrator who started it. Links point at {@code muster.base-url}; no email holds a password.
 */
@Component
class ImportMails {

	private final MailService mail;

	private final DirectoryService directory;

	private final String baseUrl;

	ImportMails(MailService mail, DirectoryService directory, @Value("${muster.base-url}") String baseUrl) {
		this.mail = mail;
		this.directory = directory;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	void welcome(ImportRows.StagedRow row) {
		mail.send(new Mail(row.email(), "Welcome to Muster", "importing/welcome",
				Map.of("name", row.fullName(), "email", row.email(), "signInUrl", baseUrl + "/login")));
	}

	void finished(ImportJob done, List<ImportRows.RowResult> problems) {
		directory.findById(done.createdBy()).ifPresent(admin -> mail.send(new Mail(admin.email(),
				"Your import of " + done.fileName() + " is " + done.status().name().toLowerCase(), "importing/finished",
				Map.of("name", admin.fullName(), "job", done.summary(), "problems", problems, "resultsUrl",
						baseUrl + "/imports/" + done.id()))));
	}

}
