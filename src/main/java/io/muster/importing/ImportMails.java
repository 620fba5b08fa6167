package io.muster.importing;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.muster.directory.DirectoryService;
import io.muster.mail.Mail;
import io.muster.mail.MailLinks;
import io.muster.mail.MailService;

/**
 * The emails an import sends: a welcome to each created user when chosen, and the report to the
 * administrator who started it. No email holds a password.
 */
@Component
class ImportMails {

	private final MailService mail;

	private final DirectoryService directory;

	private final MailLinks links;

	ImportMails(MailService mail, DirectoryService directory, MailLinks links) {
		this.mail = mail;
		this.directory = directory;
		this.links = links;
	}

	void welcome(ImportJob job, ImportRows.StagedRow row) {
		mail.send(new Mail(job.organizationId(), row.email(), "Welcome to Muster", "importing/welcome",
				Map.of("name", row.fullName(), "email", row.email(), "signInUrl", links.to("/login"))));
	}

	void finished(ImportJob done, List<ImportRows.RowResult> problems) {
		directory.findById(done.createdBy()).ifPresent(admin -> mail.send(new Mail(done.organizationId(), admin.email(),
				"Your import of " + done.fileName() + " is " + done.status().name().toLowerCase(), "importing/finished",
				Map.of("name", admin.fullName(), "job", done.summary(), "problems", problems, "resultsUrl",
						links.to("/imports/" + done.id())))));
	}

}
