package io.muster.importing.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.muster.web.Message;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What an English-speaking administrator reads of a refusal or a warning, from the message bundles. */
final class InEnglish {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages/importing");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private InEnglish() {
    }

    static String message(Message message) {
        return message.in(MESSAGES, Locale.ENGLISH);
    }

    static String message(CsvFileRejected rejected) {
        return message(rejected.message());
    }

    /** The arguments of a refusal, those that are messages themselves in words. */
    static Object[] arguments(CsvFileRejected rejected) {
        return Arrays.stream(rejected.messageArguments())
            .map(argument -> argument instanceof Message message ? message(message) : argument)
            .toArray();
    }

    static List<String> warnings(CsvTable table) {
        return table.warnings().stream().map(InEnglish::message).toList();
    }

    /** Asserts that the call refuses the file, and then on what the refusal says. */
    static AbstractStringAssert<?> assertRefusal(ThrowingCallable call) {
        CsvFileRejected rejected = catchThrowableOfType(CsvFileRejected.class, call);
        assertThat(rejected).as("refusal").isNotNull();
        return assertThat(message(rejected));
    }

    /** Asserts that the call refuses the file for the reason, and then on what the refusal says. */
    static AbstractStringAssert<?> assertRefusal(ThrowingCallable call, CsvFileRejected.Reason reason) {
        CsvFileRejected rejected = catchThrowableOfType(CsvFileRejected.class, call);
        assertThat(rejected).as("refusal").isNotNull();
        assertThat(rejected.reason()).isEqualTo(reason);
        return assertThat(message(rejected));
    }
}
