/**
 * Personal API tokens: a script calls {@code /api/**} with {@code Authorization: Bearer <token>}
 * and acts as the person who made the token, with that person's rights as they are at each call.
 * Made, listed and revoked on My account and at {@code /api/v1/me/tokens}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"web", "secrets", "directory"})
@org.jspecify.annotations.NullMarked
package io.muster.tokens;
