package io.muster.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.muster.directory.SignedInUser;
import io.muster.importing.csv.CsvLimits;
import io.muster.importing.csv.CsvTable;
import io.muster.importing.csv.CsvTableReader;

/**
 * The first steps of Batch Import: the ways to import, the file rules with a sample, the upload,
 * and the list of past imports.
 */
@Controller
class BatchImportController {

	static final Map<String, Character> SEPARATORS = Map.of("comma", ',', "semicolon", ';', "tab", '\t', "pipe", '|');

	private final ImportDrafts drafts;

	private final ImportReports reports;

	private final MessageSource messages;

	private final ImportSettings settings;

	BatchImportController(ImportDrafts drafts, ImportReports reports, MessageSource messages, ImportSettings settings) {
		this.drafts = drafts;
		this.reports = reports;
		this.messages = messages;
		this.settings = settings;
	}

	@GetMapping("/imports")
	String list(@AuthenticationPrincipal SignedInUser me, Model model) {
		List<ImportSummary> all = reports.list(me);
		model.addAttribute("drafts", all.stream().filter(job -> job.status() == ImportStatus.DRAFT).toList());
		model.addAttribute("imports", all.stream().filter(job -> job.status() != ImportStatus.DRAFT).toList());
		model.addAttribute("draftRetentionDays", settings.draftRetention().toDays());
		return "importing/list";
	}

	@GetMapping("/imports/new")
	String ways(@AuthenticationPrincipal SignedInUser me) {
		drafts.limits(me);
		return "importing/ways";
	}

	@GetMapping("/imports/new/csv")
	String csv(@AuthenticationPrincipal SignedInUser me, Model model) throws IOException {
		model.addAttribute("limits", drafts.limits(me));
		model.addAttribute("sample", sample());
		model.addAttribute("separator", model.containsAttribute("separator") ? model.getAttribute("separator") : "comma");
		return "importing/csv";
	}

	@GetMapping(value = "/imports/sample.csv", produces = "text/csv")
	ResponseEntity<byte[]> download() throws IOException {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"muster-sample.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(sampleBytes());
	}

	@PostMapping("/imports/new/csv")
	String upload(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "comma") String separator, Model model, RedirectAttributes redirect,
			Locale locale) throws IOException {
		model.addAttribute("separator", separator);
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			model.addAttribute("uploadErrorKey", "import.upload.missing");
			return csv(me, model);
		}
		UploadResult upload;
		try {
			drafts.checkSize(me, file.getSize());
			upload = drafts.upload(me, file.getOriginalFilename(), file.getBytes(), null, null, null);
		}
		catch (ImportRejected ex) {
			model.addAttribute("uploadError", ex.detail(messages, locale));
			return csv(me, model);
		}
		Character chosen = SEPARATORS.getOrDefault(separator, ',');
		if (upload.separator().charAt(0) != chosen) {
			redirect.addFlashAttribute("separatorNote", true);
		}
		return "redirect:/imports/" + upload.id() + "/preview";
	}

	private static CsvTable sample() throws IOException {
		return CsvTableReader.builder().limits(CsvLimits.defaults()).read(sampleBytes());
	}

	private static byte[] sampleBytes() throws IOException {
		return new ClassPathResource("importing/sample.csv").getContentAsByteArray();
	}

	static String separatorName(char separator) {
		return SEPARATORS.entrySet().stream().filter(entry -> entry.getValue() == separator).map(Map.Entry::getKey)
			.findFirst().orElse("comma");
	}

}
