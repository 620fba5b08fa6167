package io.muster.support;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Chooses the tests of the PostgreSQL run ({@code muster.test.database=postgresql}) by what they
 * touch, not by their name: every test that starts an application context, and every test marked
 * {@link UsesTestDatabase}. Tests of pure code run once, in the first run. Registered through
 * {@code META-INF/services}, so a new test class needs no list to be kept.
 */
public class PostgresqlRunSelection implements PostDiscoveryFilter {

	@Override
	public FilterResult apply(TestDescriptor descriptor) {
		if (!"postgresql".equals(System.getProperty("muster.test.database"))) {
			return FilterResult.included("every test runs on the embedded database");
		}
		return testClass(descriptor.getSource())
			.filter(PostgresqlRunSelection::touchesTheDatabase)
			.map(type -> FilterResult.included("touches the database"))
			.orElseGet(() -> FilterResult.excluded("does not touch the database"));
	}

	private static Optional<Class<?>> testClass(Optional<TestSource> source) {
		return source.map(place -> place instanceof MethodSource method ? method.getJavaClass()
				: place instanceof ClassSource type ? type.getJavaClass() : null);
	}

	private static boolean touchesTheDatabase(Class<?> testClass) {
		for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
			MergedAnnotations annotations = MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY);
			if (annotations.isPresent(UsesTestDatabase.class) || annotations.stream(ExtendWith.class)
				.anyMatch(extendWith -> Arrays.asList(extendWith.getClassArray("value"))
					.contains(SpringExtension.class))) {
				return true;
			}
		}
		return false;
	}

}
