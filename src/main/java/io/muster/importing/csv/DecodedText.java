package io.muster.importing.csv;

import java.nio.charset.Charset;
import java.util.List;

import io.muster.web.Message;

/**
 * The text of an uploaded file and the character set it was read with.
 *
 * <p>The text never starts with a byte order mark; warnings is immutable.
 */
record DecodedText(String text, Charset charset, List<Message> warnings) {

    DecodedText {
        warnings = List.copyOf(warnings);
    }
}
