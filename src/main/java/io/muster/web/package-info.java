/**
 * What every page and API call shares: the page layout, error pages and RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package io.muster.web;
