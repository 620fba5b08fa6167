/**
 * Tenants (called "accounts" in the help article): an organization's name, its settings such as
 * Advanced Email Notifications, and the limits it puts on imports.
 */
@org.jspecify.annotations.NullMarked
package io.muster.organization;
