package io.muster.classroom;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.muster.directory.DirectoryService;
import io.muster.directory.SignedInUser;
import io.muster.importing.ImportRejected;
import io.muster.organization.OrganizationService;
import jakarta.servlet.http.HttpSession;

/**
 * Batch Import → Google Classroom: authorize the integration, choose the classes and options,
 * and continue to the preview of the students; switch a daily re-sync on or off; disconnect.
 */
@Controller
class ClassroomPagesController {

	/** The time zones a daily re-sync may keep to: UTC, and those of places, by name. */
	private static final List<String> ZONES = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
		.filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
		.sorted())
		.toList();

	private final ClassroomConnections connections;

	private final ClassroomImport classroom;

	private final DirectoryService directory;

	private final OrganizationService organizations;

	private final GoogleEndpoints google;

	private final MessageSource messages;

	private final ClassroomDailySync daily;

	ClassroomPagesController(ClassroomConnections connections, ClassroomImport classroom, DirectoryService directory,
			OrganizationService organizations, GoogleEndpoints google, MessageSource messages,
			ClassroomDailySync daily) {
		this.google = google;
		this.daily = daily;
		this.messages = messages;
		this.connections = connections;
		this.classroom = classroom;
		this.directory = directory;
		this.organizations = organizations;
	}

	@GetMapping("/imports/new/classroom")
	String options(@AuthenticationPrincipal SignedInUser me, Model model) {
		return page(me, new ClassroomForm(), Map.of(), model);
	}

	@PostMapping("/imports/new/classroom")
	String stage(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") ClassroomForm form, Model model,
			Locale locale) {
		Map<String, String> problems = problems(me, form.choice(), locale);
		if (!problems.isEmpty()) {
			return page(me, form, problems, model);
		}
		try {
			UUID id = classroom.stage(me, form.choice());
			return "redirect:/imports/" + id + "/verify";
		}
		catch (ImportRejected ex) {
			return page(me, form, ex.fieldErrors(messages, locale), model);
		}
		catch (ClassroomProblem ex) {
			if (ex.field() == null) {
				show(ex, model);
				return page(me, form, Map.of(), model);
			}
			return page(me, form, Map.of(ex.field(), inWords(ex)), model);
		}
		catch (ErrorResponseException ex) {
			// The directory refuses a group that is not the caller's or not in their organization.
			return page(me, form, Map.of("groupId", inWords(ex)), model);
		}
	}

	@PostMapping("/classroom/schedules")
	String switchOn(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("scheduleForm") ScheduleForm form,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			daily.switchOn(me, form.getImportId(), form.getTime(), form.getZone(), form.getDefaultPassword(), locale);
		}
		catch (ClassroomProblem ex) {
			model.addAttribute("scheduleErrors", Map.of(ex.field() == null ? "form" : ex.field(), inWords(ex)));
			return page(me, new ClassroomForm(), Map.of(), model);
		}
		catch (ImportRejected ex) {
			model.addAttribute("scheduleErrors", ex.fieldErrors(messages, locale));
			return page(me, new ClassroomForm(), Map.of(), model);
		}
		redirect.addFlashAttribute("scheduled", true);
		return "redirect:/imports/new/classroom#daily";
	}

	@PostMapping("/classroom/schedules/{schedule}/stop")
	String stop(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID schedule, RedirectAttributes redirect) {
		daily.stop(me, schedule);
		redirect.addFlashAttribute("unscheduled", true);
		return "redirect:/imports/new/classroom#daily";
	}

	@GetMapping("/classroom/authorized")
	String authorized(@RequestParam(required = false) @Nullable String error, HttpSession session,
			RedirectAttributes redirect, Model model) {
		ConnectOutcome outcome = (ConnectOutcome) session.getAttribute(ClassroomGrants.OUTCOME);
		session.removeAttribute(ClassroomGrants.OUTCOME);
		if (outcome == null) {
			outcome = error == null ? null : ConnectOutcome.cancelled();
		}
		if (outcome == null) {
			return "redirect:/imports/new/classroom";
		}
		if (outcome.kind() == ConnectOutcome.Kind.CONNECTED) {
			redirect.addFlashAttribute("connected", outcome.googleEmail());
			return "redirect:/imports/new/classroom";
		}
		model.addAttribute("outcome", outcome);
		return "classroom/not-connected";
	}

	@PostMapping("/classroom/disconnect")
	String disconnect(@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
		me.requireAdministrator();
		redirect.addFlashAttribute(connections.disconnect(me) ? "disconnected" : "disconnectedLocally", true);
		return "redirect:/imports/new/classroom";
	}

	@GetMapping("/login/google/no-account")
	String noAccount(HttpSession session, Model model) {
		model.addAttribute("email", session.getAttribute(GoogleSecurity.NO_ACCOUNT_EMAIL));
		return "classroom/no-account";
	}

	/**
	 * Every problem of the options at once, by field: the classroom's own, then the pipeline's.
	 */
	private Map<String, String> problems(SignedInUser me, ClassroomChoice choice, Locale locale) {
		Map<String, String> problems = new LinkedHashMap<>();
		classroom.problems(me, choice).forEach(problem -> problems.put(problem.field(), inWords(problem)));
		for (ErrorResponseException refusal : classroom.refusals(me, choice)) {
			Map<String, String> errors = refusal instanceof ImportRejected rejected
					? rejected.fieldErrors(messages, locale)
					// The directory refuses a group that is not the caller's or not in their organization.
					: Map.of("groupId", String.valueOf(refusal.updateAndGetBody(messages, locale).getDetail()));
			errors.forEach(problems::putIfAbsent);
		}
		return problems;
	}

	private String page(SignedInUser me, ClassroomForm form, Map<String, String> errors, Model model) {
		me.requireAdministrator();
		model.addAttribute("form", form);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("notSetUp", google.clientId().isBlank());
		connections.connection(me).ifPresentOrElse(connection -> {
			model.addAttribute("connection", connection);
			model.addAttribute("courses", courses(me, model));
			model.addAttribute("groups", directory.manageableGroups(me));
			model.addAttribute("welcomeAvailable",
					organizations.settings(me.organizationId()).advancedEmailNotifications());
			model.addAttribute("passwordRules",
					directory.passwordRules(me.organizationId()).in(messages, LocaleContextHolder.getLocale()));
			model.addAttribute("schedules", daily.schedules(me));
			model.addAttribute("resyncable", classroom.resyncable(me));
			model.addAttribute("zones", ZONES);
			if (!model.containsAttribute("scheduleForm")) {
				model.addAttribute("scheduleForm", new ScheduleForm());
			}
			if (!model.containsAttribute("scheduleErrors")) {
				model.addAttribute("scheduleErrors", Map.of());
			}
		}, () -> model.addAttribute("musterEmail", me.email()));
		return "classroom/options";
	}

	private List<ClassroomCourse> courses(SignedInUser me, Model model) {
		try {
			return classroom.courses(me);
		}
		catch (ClassroomProblem ex) {
			show(ex, model);
			return List.of();
		}
	}

	private void show(ClassroomProblem problem, Model model) {
		model.addAttribute("problem", inWords(problem));
		model.addAttribute("authorizeAgain", problem.authorizeAgain());
	}

	private String inWords(ErrorResponseException problem) {
		return String.valueOf(problem.updateAndGetBody(messages, LocaleContextHolder.getLocale()).getDetail());
	}

}
