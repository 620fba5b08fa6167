/**
 * Signing in and out: the login page and sessions for people, HTTP Basic for scripts calling
 * {@code /api/**}, and the answers given to those who are not signed in or not allowed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"web", "directory", "tokens"})
@org.jspecify.annotations.NullMarked
package io.muster.security;
