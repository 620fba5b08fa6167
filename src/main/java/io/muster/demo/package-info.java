/**
 * The demo, only in the profile {@code demo} (which {@code mvn spring-boot:run} switches on): demo
 * organizations and sign-ins, so that a newcomer can sign in and click through every step at
 * once, the outbox page {@code /dev/mail} and the local Google emulator. A jar started without
 * that profile has none of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"web", "organization", "directory", "mail"})
@org.jspecify.annotations.NullMarked
package io.muster.demo;
