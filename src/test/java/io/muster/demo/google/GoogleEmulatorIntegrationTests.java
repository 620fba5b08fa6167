package io.muster.demo.google;

import static io.muster.demo.google.EmulatorClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.muster.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * The emulator over HTTP, as Muster's OAuth client and a person's browser meet it: account
 * chooser, consent, code exchange with PKCE, the id token checked against the published keys,
 * the Classroom API page by page, refresh and revocation, and Google's errors on the way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muster.demo.password=" + Api.DEMO_PASSWORD)
class GoogleEmulatorIntegrationTests {

	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-emulator-test";

	private static final String COURSES = "https://www.googleapis.com/auth/classroom.courses.readonly";

	private static final String ROSTERS = "https://www.googleapis.com/auth/classroom.rosters.readonly";

	private static final String EMAILS = "https://www.googleapis.com/auth/classroom.profile.emails";

	private static final String ADMIN = "admin@demo-school.test";

	private static final String BIOLOGY = "700000000001";

	@LocalServerPort
	int port;

	@Autowired
	GoogleEmulator emulator;

	EmulatorClient client;

	@BeforeEach
	void setUp() {
		emulator.reset();
		client = new EmulatorClient(port);
	}

	@Test
	void walksFromSignInToTheClassListsAndOutAgain() throws Exception {
		HttpResponse<String> chooser = client.get(authorizationPath(ADMIN, "openid email profile " + COURSES + " "
				+ ROSTERS + " " + EMAILS, "offline"));
		assertThat(chooser.statusCode()).isEqualTo(200);
		assertThat(chooser.body()).contains("Choose an account", "Google emulator — demo accounts, no real Google");
		assertThat(chooser.body().indexOf(ADMIN)).as("the hinted account comes first")
			.isLessThan(chooser.body().indexOf("sysadmin@demo-school.test"));
		assertThat(chooser.body()).contains("Suggested by Muster");

		HttpResponse<String> consent = client.submit(chooser, form("account", ADMIN));
		assertThat(consent.body()).contains("Muster wants to access your Google Account",
				"See your Google Classroom classes", "View your Google Classroom class rosters",
				"View the email addresses of people in your classes", "See your primary Google Account email address");
		assertThat(consent.body()).containsOnlyOnce("type=\"checkbox\" name=\"grant\" id=\"scope-0\"");

		HttpResponse<String> back = client.submit(consent, form("decision", "allow", "grant", COURSES, "grant", ROSTERS));
		assertThat(back.statusCode()).isEqualTo(302);
		URI location = URI.create(back.headers().firstValue("Location").orElseThrow());
		assertThat(location.getPath()).isEqualTo("/login/oauth2/code/google");
		Map<String, String> answer = EmulatorClient.queryOf(location);
		assertThat(answer.get("state")).isEqualTo("state-1");
		assertThat(answer.get("scope").split(" ")).contains(COURSES, ROSTERS, "openid").doesNotContain(EMAILS);

		JsonNode tokens = client.json(exchange(answer.get("code"), VERIFIER));
		assertThat(tokens.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(tokens.get("expires_in").asInt()).isEqualTo(3599);
		assertThat(tokens.get("scope").asString().split(" ")).contains(COURSES, ROSTERS).doesNotContain(EMAILS);
		assertThat(tokens.has("refresh_token")).isTrue();
		JWTClaimsSet claims = verifiedIdToken(tokens.get("id_token").asString());
		assertThat(claims.getIssuer()).isEqualTo(client.base + "/google-emulator");
		assertThat(claims.getAudience()).containsExactly(EmulatorClient.CLIENT_ID);
		assertThat(claims.getStringClaim("email")).isEqualTo(ADMIN);
		assertThat(claims.getBooleanClaim("email_verified")).isTrue();
		assertThat(claims.getStringClaim("name")).isEqualTo("Alex Admin");
		assertThat(claims.getStringClaim("nonce")).isEqualTo("nonce-1");
		assertThat(claims.getStringClaim("azp")).isEqualTo(EmulatorClient.CLIENT_ID);
		assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());

		String accessToken = tokens.get("access_token").asString();
		List<Integer> pages = new ArrayList<>();
		List<JsonNode> courses = client.all("/google-emulator/classroom/v1/courses?teacherId=me&courseStates=ACTIVE"
				+ "&pageSize=1", "courses", accessToken, pages);
		assertThat(courses).extracting(course -> course.get("name").asString())
			.containsExactly("7A Biology", "7B Mathematics");
		assertThat(pages).containsExactly(1, 1);
		pages.clear();
		List<JsonNode> students = client.all("/google-emulator/classroom/v1/courses/" + BIOLOGY + "/students",
				"students", accessToken, pages);
		assertThat(pages).as("three to a page").containsExactly(3, 3, 1);
		assertThat(students).extracting(student -> student.at("/profile/name/fullName").asString())
			.contains("Mia Müller", "Lucas Núñez", "Ingrid Ødegaard", "Zoë Martin", "Uma User").hasSize(7);
		assertThat(students).as("no emails without the emails scope")
			.allSatisfy(student -> assertThat(student.at("/profile").has("emailAddress")).isFalse());

		JsonNode refreshed = client.json(client.token(form("grant_type", "refresh_token", "refresh_token",
				tokens.get("refresh_token").asString())));
		assertThat(refreshed.get("access_token").asString()).isNotEqualTo(accessToken);
		assertThat(refreshed.get("scope").asString()).isEqualTo(tokens.get("scope").asString());
		assertThat(refreshed.has("refresh_token")).isFalse();
		assertThat(emulator.grants()).containsKey(ADMIN + " " + EmulatorClient.CLIENT_ID);

		HttpResponse<String> revoked = client.post("/google-emulator/revoke",
				form("token", tokens.get("refresh_token").asString()));
		assertThat(revoked.statusCode()).isEqualTo(200);
		assertThat(revoked.body()).isEqualTo("{}");
		HttpResponse<String> afterwards = client.bearer("/google-emulator/classroom/v1/courses?teacherId=me",
				refreshed.get("access_token").asString());
		assertThat(afterwards.statusCode()).isEqualTo(401);
		assertThat(afterwards.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				value -> assertThat(value).startsWith("Bearer"));
		assertThat(client.json(afterwards).at("/error/status").asString()).isEqualTo("UNAUTHENTICATED");
		assertThat(emulator.grants()).isEmpty();
		assertThat(emulator.revokedTokens()).contains(tokens.get("refresh_token").asString(), accessToken);
	}

	@Test
	void remembersWhatTheClientAskedFor() {
		client.get(authorizationPath(ADMIN, "openid email", "offline"));
		AuthorizationRequest request = emulator.lastAuthorizationRequest().orElseThrow();
		assertThat(request.get("code_challenge_method")).isEqualTo("S256");
		assertThat(request.get("code_challenge")).isEqualTo(challenge(VERIFIER));
		assertThat(request.get("access_type")).isEqualTo("offline");
		assertThat(request.get("include_granted_scopes")).isEqualTo("true");
		assertThat(request.get("login_hint")).isEqualTo(ADMIN);
	}

	@Test
	void cancelSendsAccessDeniedBack() {
		HttpResponse<String> consent = client.submit(client.get(authorizationPath(ADMIN, "openid " + COURSES,
				"online")), form("account", ADMIN));
		HttpResponse<String> back = client.submit(consent, form("decision", "cancel"));
		assertThat(back.statusCode()).isEqualTo(302);
		Map<String, String> answer = EmulatorClient.queryOf(URI.create(back.headers().firstValue("Location")
			.orElseThrow()));
		assertThat(answer).containsEntry("error", "access_denied").containsEntry("state", "state-1")
			.doesNotContainKey("code");
	}

	@Test
	void refusesAnUnknownClientOrAForeignRedirectWithAnErrorPage() {
		HttpResponse<String> unknown = client.get("/google-emulator/o/oauth2/v2/auth?client_id=someone-else"
				+ "&response_type=code&scope=openid&redirect_uri=" + client.redirectUri());
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("Error 401: invalid_client");
		assertThat(unknown.headers().firstValue("Location")).isEmpty();
		HttpResponse<String> foreign = client.get("/google-emulator/o/oauth2/v2/auth?client_id="
				+ EmulatorClient.CLIENT_ID + "&response_type=code&scope=openid&redirect_uri=https://evil.test/cb");
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(foreign.body()).contains("redirect_uri_mismatch");
		HttpResponse<String> badScope = client.get("/google-emulator/o/oauth2/v2/auth?client_id="
				+ EmulatorClient.CLIENT_ID + "&response_type=code&scope=openid%20drive&redirect_uri="
				+ client.redirectUri());
		assertThat(badScope.body()).contains("invalid_scope", "drive");
	}

	@Test
	void aCodeNeedsTheRightVerifierAndWorksOnce() {
		HttpResponse<String> wrongVerifier = exchange(code("openid"), "not-the-verifier-at-all-but-long-enough-123");
		assertThat(wrongVerifier.statusCode()).isEqualTo(400);
		assertThat(client.json(wrongVerifier).get("error").asString()).isEqualTo("invalid_grant");

		String code = code("openid");
		assertThat(exchange(code, VERIFIER).statusCode()).isEqualTo(200);
		HttpResponse<String> reused = exchange(code, VERIFIER);
		assertThat(reused.statusCode()).isEqualTo(400);
		assertThat(client.json(reused).get("error").asString()).isEqualTo("invalid_grant");
		assertThat(client.json(reused).get("error_description").asString()).isEqualTo("Bad Request");
	}

	@Test
	void authenticatesTheClientByBasicOrByTheForm() {
		HttpResponse<String> wrongSecret = client.post("/google-emulator/token", form("grant_type",
				"authorization_code", "code", code("openid"), "redirect_uri", client.redirectUri(), "code_verifier",
				VERIFIER, "client_id", EmulatorClient.CLIENT_ID, "client_secret", "guessed"));
		assertThat(wrongSecret.statusCode()).isEqualTo(401);
		assertThat(client.json(wrongSecret).get("error").asString()).isEqualTo("invalid_client");

		HttpResponse<String> inTheForm = client.post("/google-emulator/token", form("grant_type",
				"authorization_code", "code", code("openid", "online"), "redirect_uri", client.redirectUri(), "code_verifier",
				VERIFIER, "client_id", EmulatorClient.CLIENT_ID, "client_secret", EmulatorClient.CLIENT_SECRET));
		assertThat(inTheForm.statusCode()).isEqualTo(200);
		assertThat(client.json(inTheForm).has("refresh_token")).as("only for access_type=offline").isFalse();

		HttpResponse<String> unsupported = client.token(form("grant_type", "password"));
		assertThat(unsupported.statusCode()).isEqualTo(400);
		assertThat(client.json(unsupported).get("error").asString()).isEqualTo("unsupported_grant_type");
	}

	@Test
	void aTokenWithoutTheClassroomScopeIsRefused() {
		String token = emulator.accessTokenFor(ADMIN, EmulatorClient.CLIENT_ID, "openid", "classroom.courses.readonly");
		HttpResponse<String> roster = client.bearer("/google-emulator/classroom/v1/courses/" + BIOLOGY + "/students",
				token);
		assertThat(roster.statusCode()).isEqualTo(403);
		assertThat(client.json(roster).at("/error/message").asString())
			.isEqualTo("Request had insufficient authentication scopes.");
		assertThat(client.json(roster).at("/error/status").asString()).isEqualTo("PERMISSION_DENIED");
		assertThat(client.bearer("/google-emulator/classroom/v1/courses", token).statusCode()).isEqualTo(200);
	}

	@Test
	void showsEmailAddressesOnlyWithTheEmailsScope() {
		String withEmails = emulator.accessTokenFor(ADMIN, EmulatorClient.CLIENT_ID, "classroom.rosters.readonly",
				"classroom.profile.emails");
		List<JsonNode> students = client.all("/google-emulator/classroom/v1/courses/" + BIOLOGY + "/students",
				"students", withEmails, new ArrayList<>());
		assertThat(students).extracting(student -> student.at("/profile/emailAddress").asString())
			.contains("mia.muller@students.demo-school.test", "zoe.martin@students.demo-school.test",
					"user@demo-school.test");
		List<JsonNode> invitations = client.all("/google-emulator/classroom/v1/invitations?courseId=" + BIOLOGY,
				"invitations", withEmails, new ArrayList<>());
		assertThat(invitations).extracting(invitation -> invitation.get("role").asString())
			.containsExactlyInAnyOrder("STUDENT", "STUDENT", "TEACHER");
		String invitee = invitations.get(0).get("userId").asString();
		JsonNode profile = client.json(client.bearer("/google-emulator/classroom/v1/userProfiles/" + invitee,
				withEmails));
		assertThat(profile.get("emailAddress").asString()).endsWith("@students.demo-school.test");

		String withoutEmails = emulator.accessTokenFor(ADMIN, EmulatorClient.CLIENT_ID, "classroom.rosters.readonly");
		assertThat(client.json(client.bearer("/google-emulator/classroom/v1/userProfiles/" + invitee, withoutEmails))
			.has("emailAddress")).isFalse();
	}

	@Test
	void listsOnlyTheActiveCoursesTheTeacherTeaches() {
		String token = emulator.accessTokenFor(ADMIN, EmulatorClient.CLIENT_ID, "classroom.courses.readonly",
				"classroom.rosters.readonly");
		assertThat(client.all("/google-emulator/classroom/v1/courses?teacherId=me", "courses", token,
				new ArrayList<>())).extracting(course -> course.get("name").asString())
			.containsExactly("7A Biology", "7B Mathematics", "Chess Club");
		List<JsonNode> active = client.all("/google-emulator/classroom/v1/courses?teacherId=me&courseStates=ACTIVE",
				"courses", token, new ArrayList<>());
		assertThat(active).extracting(course -> course.get("name").asString()).doesNotContain("Chess Club",
				"8C Physics");
		assertThat(active.get(0).get("alternateLink").asString()).startsWith("https://classroom.google.com/c/");
		assertThat(client.bearer("/google-emulator/classroom/v1/courses/700000000004/students", token).statusCode())
			.as("another teacher's course").isEqualTo(403);
		HttpResponse<String> missing = client.bearer("/google-emulator/classroom/v1/courses/123/students", token);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(client.json(missing).at("/error/message").asString()).isEqualTo("Requested entity was not found.");
	}

	@Test
	void anAccountWithoutClassroomIsTurnedAway() {
		String token = emulator.accessTokenFor("no-classroom@demo-school.test", EmulatorClient.CLIENT_ID,
				"classroom.courses.readonly");
		HttpResponse<String> courses = client.bearer("/google-emulator/classroom/v1/courses?teacherId=me", token);
		assertThat(courses.statusCode()).isEqualTo(403);
		assertThat(client.json(courses).at("/error/message").asString()).startsWith("@ClassroomApiDisabled ");
		assertThat(client.json(courses).at("/error/status").asString()).isEqualTo("PERMISSION_DENIED");
	}

	@Test
	void failsOnDemandLikeGoogleUnderLoad() {
		String token = emulator.accessTokenFor(ADMIN, EmulatorClient.CLIENT_ID, "classroom.courses.readonly");
		emulator.failNext(429, 2);
		emulator.failNext(503, 1);
		HttpResponse<String> first = client.bearer("/google-emulator/classroom/v1/courses", token);
		assertThat(first.statusCode()).isEqualTo(429);
		assertThat(client.json(first).at("/error/status").asString()).isEqualTo("RESOURCE_EXHAUSTED");
		assertThat(client.bearer("/google-emulator/classroom/v1/courses", token).statusCode()).isEqualTo(429);
		HttpResponse<String> third = client.bearer("/google-emulator/classroom/v1/courses", token);
		assertThat(third.statusCode()).isEqualTo(503);
		assertThat(client.json(third).at("/error/status").asString()).isEqualTo("UNAVAILABLE");
		assertThat(client.bearer("/google-emulator/classroom/v1/courses", token).statusCode()).isEqualTo(200);
	}

	@Test
	void expiredAccessTokensAreRefusedButTheRefreshTokenStillWorks() {
		JsonNode tokens = client.json(exchange(code("openid " + COURSES), VERIFIER));
		emulator.expireAccessTokens();
		assertThat(client.bearer("/google-emulator/classroom/v1/courses", tokens.get("access_token").asString())
			.statusCode()).isEqualTo(401);
		HttpResponse<String> refreshed = client.token(form("grant_type", "refresh_token", "refresh_token",
				tokens.get("refresh_token").asString()));
		assertThat(client.bearer("/google-emulator/classroom/v1/courses",
				client.json(refreshed).get("access_token").asString()).statusCode()).isEqualTo(200);
		emulator.revokeAll();
		HttpResponse<String> afterRevoke = client.token(form("grant_type", "refresh_token", "refresh_token",
				tokens.get("refresh_token").asString()));
		assertThat(afterRevoke.statusCode()).isEqualTo(400);
		assertThat(client.json(afterRevoke).get("error").asString()).isEqualTo("invalid_grant");
		HttpResponse<String> unknown = client.post("/google-emulator/revoke", form("token", "ya29.unknown"));
		assertThat(client.json(unknown).get("error").asString()).isEqualTo("invalid_token");
	}

	@Test
	void incrementalConsentKeepsWhatWasGrantedBefore() {
		exchange(code("openid " + COURSES), VERIFIER);
		HttpResponse<String> consent = client.submit(client.get(authorizationPath(ADMIN, "openid email", "offline")),
				form("account", ADMIN));
		URI location = URI.create(client.submit(consent, form("decision", "allow")).headers().firstValue("Location")
			.orElseThrow());
		assertThat(EmulatorClient.queryOf(location).get("scope").split(" ")).contains(COURSES, "openid",
				"https://www.googleapis.com/auth/userinfo.email");
	}

	@Test
	void publishesItsEndpointsAndTellsWhoIsSignedIn() {
		JsonNode discovery = client.json(client.get("/google-emulator/.well-known/openid-configuration"));
		assertThat(discovery.get("issuer").asString()).isEqualTo(client.base + "/google-emulator");
		assertThat(discovery.get("token_endpoint").asString()).isEqualTo(client.base + "/google-emulator/token");
		assertThat(discovery.get("jwks_uri").asString()).isEqualTo(client.base + "/google-emulator/oauth2/v3/certs");
		String token = emulator.accessTokenFor("mia.muller@students.demo-school.test", EmulatorClient.CLIENT_ID,
				"openid", "email", "profile");
		JsonNode me = client.json(client.bearer("/google-emulator/v1/userinfo", token));
		assertThat(me.get("email").asString()).isEqualTo("mia.muller@students.demo-school.test");
		assertThat(me.get("name").asString()).isEqualTo("Mia Müller");
		assertThat(client.bearer("/google-emulator/v1/userinfo", "ya29.forged").statusCode()).isEqualTo(401);
	}

	private String authorizationPath(String loginHint, String scope, String accessType) {
		return "/google-emulator/o/oauth2/v2/auth?" + EmulatorClient.query(form("client_id", EmulatorClient.CLIENT_ID,
				"redirect_uri", client.redirectUri(), "response_type", "code", "scope", scope, "state", "state-1",
				"code_challenge", challenge(VERIFIER), "code_challenge_method", "S256", "nonce", "nonce-1",
				"access_type", accessType, "include_granted_scopes", "true", "login_hint", loginHint, "prompt",
				"consent"));
	}

	/** Walks the pages as the admin and allows everything asked for; returns the code. */
	private String code(String scope) {
		return code(scope, "offline");
	}

	private String code(String scope, String accessType) {
		HttpResponse<String> consent = client.submit(client.get(authorizationPath(ADMIN, scope, accessType)),
				form("account", ADMIN));
		Map<String, List<String>> allow = form("decision", "allow");
		for (String requested : scope.split(" ")) {
			allow.computeIfAbsent("grant", name -> new ArrayList<>()).add(requested);
		}
		HttpResponse<String> back = client.submit(consent, allow);
		return EmulatorClient.queryOf(URI.create(back.headers().firstValue("Location").orElseThrow())).get("code");
	}

	private HttpResponse<String> exchange(String code, String verifier) {
		return client.token(form("grant_type", "authorization_code", "code", code, "redirect_uri",
				client.redirectUri(), "code_verifier", verifier));
	}

	private JWTClaimsSet verifiedIdToken(String idToken) throws Exception {
		JWKSet keys = JWKSet.parse(client.get("/google-emulator/oauth2/v3/certs").body());
		SignedJWT jwt = SignedJWT.parse(idToken);
		RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(key).as("the key named in the token is published").isNotNull();
		assertThat(key.isPrivate()).isFalse();
		assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
		return jwt.getJWTClaimsSet();
	}

	private static String challenge(String verifier) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
