package io.muster.importing;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	ImportMails(MailService mail, DirectoryService directory, MailLinks links, MessageSource messages) {
		this.mail = mail;
		this.directory = directory;
		this.links = links;
		this.messages = messages;
	}

	void welcome(ImportJob job, ImportRows.StagedRow row) {
		mail.send(new Mail(job.organizationId(), row.email(), "Welcome to Muster", "importing/welcome",
				Map.of("name", row.fullName(), "email", row.email(), "signInUrl", links.to("/login"))));
	}

	void finished(ImportJob done, List<ImportRows.RowResult> problems) {
		directory.findById(done.createdBy()).ifPresent(admin -> mail.send(new Mail(done.organizationId(), admin.email(),
				"Your import of " + done.fileName() + " is " + done.status().name().toLowerCase(), "importing/finished",
				Map.of("name", admin.fullName(), "job", done.summary(), "problems", problems.stream()
					.map(problem -> new Problem(problem.rowNumber(), problem.email(),
							problem.reason(messages, LocaleContextHolder.getLocale())))
					.toList(), "resultsUrl",
						links.to("/imports/" + done.id())))));
	}

	/**
	 * A row not imported, as the report mail lists it.
	 */
	record Problem(int rowNumber, String email, String reason) {
	}

}
