package io.muster.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.muster.directory.DirectoryService;
import io.muster.mail.Mail;
import io.muster.mail.MailLinks;
import io.muster.mail.MailService;
import io.muster.web.Message;

/**
 * The emails an import sends: a welcome to each created user when chosen, and the report to the
 * administrator who started it, worded for where the rows came from (a file, or classes of Google
 * Classroom). No email holds a password: one that made passwords says where their cards are.
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
		Locale locale = LocaleContextHolder.getLocale();
		mail.send(new Mail(job.organizationId(), row.email(), Message.of("mail.import.welcome.subject").in(messages, locale),
				"importing/welcome", Map.of("name", row.fullName(), "email", row.email(), "signInUrl", links.to("/login")),
				locale));
	}

	/**
	 * The report: the counts, the rows not imported and why, and the accounts of the group suspended
	 * or moved because a file that is the whole group left them out.
	 */
	void finished(ImportJob done, List<ImportRows.RowResult> results) {
		Locale locale = LocaleContextHolder.getLocale();
		List<ImportRows.RowResult> problems = results.stream()
			.filter(result -> result.outcome() != null && result.outcome().problem())
			.toList();
		String source = done.source().isFile() ? "file" : "classroom";
		Message subject = Message.of("mail.import.finished.subject." + source, done.fileName(),
				Message.of("mail.import.status." + done.status().name()));
		directory.findById(done.createdBy()).ifPresent(admin -> mail.send(new Mail(done.organizationId(), admin.email(),
				subject.in(messages, locale), "importing/finished",
				Map.of("name", admin.fullName(), "job", done.summary(), "source", source, "problems", problems.stream()
					.map(problem -> new Problem(problem.rowNumber(), problem.email(), problem.reason(messages, locale)))
					.toList(), "leftOut", ImportReports.leftOut(results), "resultsUrl", links.to("/imports/" + done.id()),
					"cards", madeCards(done)),
				locale)));
	}

	/**
	 * Whether the import made passwords for anyone, whose cards wait on its results page.
	 */
	private static boolean madeCards(ImportJob done) {
		return done.options() != null && done.options().generatePasswords() && done.created() + done.updated() > 0;
	}

	/**
	 * A row not imported, as the report mail lists it.
	 */
	record Problem(int rowNumber, String email, String reason) {
	}

}
