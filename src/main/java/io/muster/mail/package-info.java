/**
 * Email: templates rendered as HTML and plain text, an outbox in the database, and delivery over
 * SMTP by the job engine with retries.
 *
 * <p>Every message is first written to the outbox in the caller's transaction, so a message is
 * sent only if what it reports was committed. Without an SMTP host (the embedded default), the
 * outbox is the end of the road and {@code /dev/mail} shows it.
 */
@org.jspecify.annotations.NullMarked
package io.muster.mail;
