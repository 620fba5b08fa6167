/**
 * Encryption of the secrets that must rest in the database (staged uploads, Google tokens, the
 * bodies of mail waiting to be sent), each under a key of its own; a module of its own because
 * modules on every level need it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package io.muster.secrets;
