/**
 * Demo data for the embedded default, so that a newcomer can sign in and click through every
 * step at once; never active in the {@code prod} profile.
 */
@org.jspecify.annotations.NullMarked
package io.muster.demo;
