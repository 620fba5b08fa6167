/**
 * Email: templates rendered as HTML and plain text, the links they carry (built from
 * {@code muster.base-url} only), an outbox in the database, and delivery over SMTP by the job
 * engine with retries.
 *
 * <p>Every message is first written to the outbox in the caller's transaction, so a message is
 * sent only if what it reports was committed. Its bodies are kept encrypted and erased once
 * delivered. Without an SMTP host the outbox is the end of the road; in the demo {@code /dev/mail}
 * shows it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"secrets", "web"})
@org.jspecify.annotations.NullMarked
package io.muster.mail;
