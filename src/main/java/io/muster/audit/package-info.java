/**
 * The audit log: who did what to which import or account, for System Administrators, kept for a
 * configurable time. Other modules publish what happened; this module only listens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"directory", "organization", "importing", "classroom", "tokens"})
@org.jspecify.annotations.NullMarked
package io.muster.audit;
