package io.muster;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

/**
 * Lets Spring Data JDBC write table and column names unquoted, as the migrations do.
 *
 * <p>Quoted names keep their case, and H2 and PostgreSQL fold unquoted names to opposite cases;
 * unquoted, the same lower-case names work on both databases.
 */
@Configuration(proxyBeanMethods = false)
class JdbcNamingConfiguration {

	@Bean
	static BeanPostProcessor unquotedJdbcNames() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
