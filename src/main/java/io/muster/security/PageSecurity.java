package io.muster.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Lets a module add its own sign-in ways and page rules to the security of the pages, without
 * this module knowing it; applied before the general rules, so its rules come first.
 */
public interface PageSecurity {

	void configure(HttpSecurity http) throws Exception;

}
