package io.muster.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that reaches the test database without a Spring test context (it starts the
 * application or a node itself), so that the PostgreSQL run picks it as it picks every test that
 * starts an application context.
 *
 * @see PostgresqlRunSelection
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UsesTestDatabase {

}
