package io.muster.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.muster.cards.CardPaper;
import io.muster.cards.CardsDownload;
import io.muster.directory.Role;
import io.muster.directory.SignedInUser;

/**
 * The import pipeline as a JSON API: upload, map, choose options, verify, fix, start, follow, report.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

	private final ImportDrafts drafts;

	private final ImportQueue queue;

	private final ImportReports reports;

	private final MessageSource messages;

	ImportApiController(ImportDrafts drafts, ImportQueue queue, ImportReports reports, MessageSource messages) {
		this.drafts = drafts;
		this.queue = queue;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping(value = "/sample.csv", produces = "text/csv")
	ResponseEntity<byte[]> sample() throws IOException {
		byte[] sample = new ClassPathResource("importing/sample.csv").getContentAsByteArray();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"muster-sample.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(sample);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	UploadResult upload(@AuthenticationPrincipal SignedInUser me, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String separator,
			@RequestParam(required = false) @Nullable String encoding,
			@RequestParam(required = false) @Nullable Boolean hasHeader) throws IOException {
		drafts.checkSize(me, file.getSize());
		return drafts.upload(me, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
				file.getBytes(), UploadParameters.separator(separator), UploadParameters.encoding(encoding), hasHeader);
	}

	@GetMapping
	List<ImportSummary> list(@AuthenticationPrincipal SignedInUser me) {
		return reports.list(me);
	}

	@GetMapping("/{id}")
	ImportSummary summary(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
		return reports.summary(me, id);
	}

	@PutMapping("/{id}/mapping")
	ColumnMapping mapping(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestBody MappingRequest request) {
		return drafts.map(me, id, request.mapping(), request.defaultPassword());
	}

	@PutMapping("/{id}/options")
	ImportOptions options(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestBody OptionsRequest options) {
		return drafts.setOptions(me, id, options.options());
	}

	/**
	 * One page of the verified rows, {@code valid=false} for the invalid ones only; the total and
	 * the next page are in the X-Total-Count and Link headers.
	 */
	@GetMapping("/{id}/rows")
	ResponseEntity<List<RowView>> rows(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable Boolean valid, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "1000") int size, Locale locale) {
		RowPage rows = RowPage.of(drafts.rows(me, id), valid, page, size);
		Map<Integer, SincePrevious> since = drafts.sincePrevious(me, id);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(rows.total()));
		if (rows.hasNext()) {
			answer.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("page", page + 1).toUriString() + ">; rel=\"next\"");
		}
		return answer.body(rows.rows().stream()
			.map(verdict -> RowView.of(verdict, since.get(verdict.row()), messages, locale))
			.toList());
	}

	/**
	 * For a file that is the whole group: the accounts of the group it leaves out, what the import
	 * would do to each, and the safety brake; 409 for any other import.
	 */
	@GetMapping("/{id}/left-out")
	LeftOutView leftOut(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Locale locale) {
		SyncPlan plan = drafts.syncPlan(me, id)
			.orElseThrow(() -> ImportRejected.conflict("import.sync.problem.notWholeGroup"));
		return new LeftOutView(plan.missing().stream()
			.map(missing -> new LeftOutView.Account(missing.account().userId(), missing.account().name().fullName(),
					missing.account().email(), missing.account().role(), missing.fate(),
					missing.what().in(messages, locale)))
			.toList(), plan.brake().affected(), plan.brake().groupSize(), plan.brake().percent(),
				plan.brake().limitPercent(), plan.brake().engaged(),
				plan.brake().engaged() ? plan.brake().message().in(messages, locale) : null);
	}

	@PatchMapping("/{id}/rows/{row}")
	RowView fix(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @PathVariable int row,
			@RequestBody RowFix fix, Locale locale) {
		return RowView.of(drafts.fixRow(me, id, row, fix), drafts.sincePrevious(me, id).get(row), messages, locale);
	}

	/**
	 * Starts the import; a file that is the whole group and would suspend or move more of it than the
	 * organization allows is refused (409, with the counts) unless a System Administrator sends
	 * {@code confirmLargeChange=true}.
	 */
	@PostMapping("/{id}/start")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ImportSummary start(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirmLargeChange) {
		return queue.start(me, id, confirmLargeChange);
	}

	@DeleteMapping("/{id}")
	ImportSummary cancel(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
		return queue.cancel(me, id);
	}

	@GetMapping(value = "/{id}/results.csv", produces = "text/csv")
	ResponseEntity<String> results(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Locale locale) {
		return ResultsCsv.attachment("import-" + id + "-results.csv", reports.resultsCsv(me, id, locale));
	}

	/**
	 * The sign-in cards of the passwords the import made, as a PDF on the paper asked for (else the
	 * usual one of the caller's language), once: a second call is a problem saying they are gone.
	 */
	@GetMapping("/{id}/cards")
	ResponseEntity<byte[]> cards(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable CardPaper paper, Locale locale) {
		return CardsDownload.of(id, reports.printCards(me, id, paper == null ? CardPaper.usualFor(locale) : paper, locale));
	}

	/**
	 * The mapping as the API takes it: column names, and the password for everyone when there is
	 * no password column.
	 */
	record MappingRequest(@Nullable String fullName, @Nullable String firstName, @Nullable String lastName,
			@Nullable String email, @Nullable String tags, @Nullable String password,
			@Nullable String defaultPassword) {

		ColumnMapping mapping() {
			return new ColumnMapping(fullName, firstName, lastName, email, tags, password);
		}

	}

	/**
	 * The options as the API takes them; a switch left out is off, but for askNewPassword, which is
	 * on when one password is used for everyone or made for each, and off with a password column.
	 * {@code sync} is "This file is the whole group": {@code {"enabled": true, "missing": "SUSPEND"}}.
	 */
	record OptionsRequest(@Nullable Long groupId, @Nullable Role role, @Nullable Boolean updatePasswords,
			@Nullable Boolean updateTags, @Nullable Boolean welcomeEmail, @Nullable List<String> tags,
			@Nullable Boolean askNewPassword, @Nullable Boolean generatePasswords, @Nullable SyncOption sync) {

		ImportOptions options() {
			return new ImportOptions(groupId, role, Boolean.TRUE.equals(updatePasswords), Boolean.TRUE.equals(updateTags),
					Boolean.TRUE.equals(welcomeEmail), tags == null ? List.of() : tags, askNewPassword,
					Boolean.TRUE.equals(generatePasswords), sync);
		}

	}

	/**
	 * The accounts a file that is the whole group leaves out, and its safety brake: whether the
	 * start needs a System Administrator's {@code confirmLargeChange}, and why.
	 */
	record LeftOutView(List<Account> accounts, int affected, int groupSize, int percent, int limitPercent,
			boolean brakeEngaged, @Nullable String brake) {

		record Account(long userId, String name, String email, Role role, MissingAccount.Fate fate, String what) {
		}

	}

	/**
	 * A verified row as the API shows it, its reasons in the caller's language: never with a password.
	 *
	 * @param sincePrevious in a re-read of a source, how the row stands against the import before
	 * @param change in a file that is the whole group, how an existing account's details will change
	 */
	record RowView(int row, String name, String email, List<String> tags, boolean valid, List<String> reasons,
			RowAction action, @Nullable SincePrevious sincePrevious, @Nullable DetailsChange change) {

		static RowView of(RowVerdict verdict, @Nullable SincePrevious since, MessageSource messages, Locale locale) {
			return new RowView(verdict.row(), verdict.name(), verdict.email(), verdict.tags(), verdict.valid(),
					verdict.reasons(messages, locale), verdict.action(), since, verdict.change());
		}

	}

}
