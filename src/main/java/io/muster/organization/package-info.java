/**
 * Tenants (called "accounts" in the help article): an organization's name, its settings such as
 * Advanced Email Notifications, and the limits it puts on imports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"web"})
@org.jspecify.annotations.NullMarked
package io.muster.organization;
