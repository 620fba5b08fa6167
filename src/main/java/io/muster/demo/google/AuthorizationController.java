package io.muster.demo.google;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Google's sign-in as a browser sees it: the account chooser, the consent page, and the
 * redirect back to the client with a code (or {@code error=access_denied}).
 *
 * <p>No session: each page carries the authorization request on in hidden fields.
 */
@Controller
@RequestMapping("/google-emulator/o/oauth2/v2/auth")
@Profile("demo")
class AuthorizationController {

	private final GoogleEmulator emulator;

	private final AuthorizationCheck check;

	AuthorizationController(GoogleEmulator emulator, AuthorizationCheck check) {
		this.emulator = emulator;
		this.check = check;
	}

	@GetMapping
	String chooseAccount(@RequestParam Map<String, String> parameters, Model model) {
		AuthorizationRequest request = AuthorizationRequest.of(parameters);
		emulator.remember(request);
		check.scopes(request);
		String hint = parameters.getOrDefault("login_hint", "");
		List<GoogleAccount> accounts = new ArrayList<>(emulator.classroom().accounts());
		accounts.sort(Comparator.comparing(account -> !account.email().equalsIgnoreCase(hint)));
		model.addAttribute("fields", request.hiddenFields());
		model.addAttribute("accounts", accounts);
		model.addAttribute("hint", hint);
		return "demo/google/choose";
	}

	@PostMapping("/choose")
	String consent(@RequestParam Map<String, String> parameters, Model model) {
		AuthorizationRequest request = AuthorizationRequest.of(parameters);
		Set<String> scopes = check.scopes(request);
		GoogleAccount account = check.account(parameters.getOrDefault("account", ""));
		Map<String, String> always = new LinkedHashMap<>();
		Map<String, String> choices = new LinkedHashMap<>();
		scopes.forEach(scope -> (Scopes.IDENTITY.contains(scope) ? always : choices).put(scope,
				Scopes.description(scope)));
		model.addAttribute("fields", request.hiddenFields());
		model.addAttribute("account", account);
		model.addAttribute("always", always);
		model.addAttribute("choices", choices);
		return "demo/google/consent";
	}

	@PostMapping("/consent")
	ResponseEntity<Void> decide(@RequestParam MultiValueMap<String, String> form) {
		AuthorizationRequest request = AuthorizationRequest.of(form.toSingleValueMap());
		Set<String> requested = check.scopes(request);
		GoogleAccount account = check.account(Objects.requireNonNullElse(form.getFirst("account"), ""));
		UriComponentsBuilder redirect = UriComponentsBuilder.fromUriString(request.redirectUri());
		if (!"allow".equals(form.getFirst("decision"))) {
			redirect.queryParam("error", "access_denied");
		}
		else {
			List<String> ticked = form.getOrDefault("grant", List.of());
			Set<String> granted = new LinkedHashSet<>();
			requested.stream().filter(scope -> Scopes.IDENTITY.contains(scope) || ticked.contains(scope))
				.forEach(granted::add);
			IssuedCode code = emulator.tokens().issueCode(account, request, granted);
			redirect.queryParam("code", code.value()).queryParam("scope", Scopes.join(code.scopes()));
		}
		String state = request.get(AuthorizationRequest.STATE);
		if (state != null) {
			redirect.queryParam("state", state);
		}
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, redirect.encode().build().toUriString()).build();
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView refused(AuthorizationRefused refused) {
		ModelAndView page = new ModelAndView("demo/google/error");
		page.addObject("title", refused.title());
		page.addObject("description", refused.getMessage());
		return page;
	}

}
