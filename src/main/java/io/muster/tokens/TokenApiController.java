package io.muster.tokens;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.muster.directory.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's own API tokens. Making one takes the password (HTTP Basic) or the My account page:
 * a token may not make more tokens, or one stolen token could outlive its own expiry.
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = "API tokens", description = "Personal tokens for scripts: Authorization: Bearer <token>")
class TokenApiController {

	private final TokenService tokens;

	TokenApiController(TokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(summary = "Your tokens, newest first, with their last use; never their secrets")
	List<TokenView> list(@AuthenticationPrincipal SignedInUser me) {
		Instant now = Instant.now();
		return tokens.list(me).stream().map(token -> TokenView.of(token, null, now)).toList();
	}

	@PostMapping
	@Operation(summary = "Make a token; its secret is in this answer only (field token)")
	ResponseEntity<TokenView> create(@AuthenticationPrincipal SignedInUser me, Authentication signIn,
			@RequestBody NewToken request) {
		if (signIn instanceof TokenAuthentication) {
			throw TokenRejected.forbidden("token-cannot-make-tokens");
		}
		IssuedToken issued = tokens.create(me, request.name() == null ? "" : request.name(),
				request.days() == null ? 0 : request.days());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.token().id()))
			.body(TokenView.of(issued.token(), issued.secret(), Instant.now()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke a token at once")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		tokens.revoke(me, id);
		return ResponseEntity.noContent().build();
	}

	/** A token to make: a name to recognise it by, and 30, 90 or 365 days. */
	record NewToken(@Nullable String name, @Nullable Integer days) {
	}

	/** A token as listed; {@code token} holds the secret only in the answer that made it. */
	record TokenView(long id, String name, ApiToken.Status status, Instant createdAt, Instant expiresAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable String token) {

		static TokenView of(ApiToken token, @Nullable String secret, Instant now) {
			return new TokenView(token.id(), token.name(), token.status(now), token.createdAt(), token.expiresAt(),
					token.lastUsedAt(), token.revokedAt(), secret);
		}

		@Override
		public String toString() {
			return "TokenView[id=" + id + ", name=" + name + ", status=" + status + "]";
		}

	}

}
