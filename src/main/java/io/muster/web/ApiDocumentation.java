package io.muster.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The API's OpenAPI document at {@code /v3/api-docs}: both ways a script signs in, a personal API
 * token (the fast way) and HTTP Basic with an email address and password (slower: the password is
 * checked with a deliberately slow hash on every call).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI musterApi() {
		return new OpenAPI()
			.info(new Info().title("Muster API").version("v1"))
			.components(new Components()
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("A personal API token from My account › API tokens: Authorization: Bearer mst_…"))
				.addSecuritySchemes("password", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("Email address and password; slower, since each call checks the password hash")))
			.addSecurityItem(new SecurityRequirement().addList("token"))
			.addSecurityItem(new SecurityRequirement().addList("password"));
	}

}
