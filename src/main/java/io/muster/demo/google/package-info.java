/**
 * A local stand-in for Google's OAuth 2.0 / OpenID Connect endpoints and the Classroom API v1,
 * served under {@code /google-emulator/**} in the profile {@code demo} only, so
 * that the code which talks to Google in production can be walked through and tested without a
 * Google account or network. Its state lives in memory: a development and test tool only.
 */
@org.jspecify.annotations.NullMarked
package io.muster.demo.google;
