/**
 * Printable sign-in cards: the passwords Muster made for people, kept encrypted only until the
 * administrator downloads them as a PDF (one card per person, with a QR code that opens the
 * sign-in page, never holding the password) or for a day at most.
 *
 * <p>It keeps what its callers give it and renders it; who may download which set is the
 * caller's decision (an import's cards are its import's).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "web", "secrets", "mail" })
@org.jspecify.annotations.NullMarked
package io.muster.cards;
