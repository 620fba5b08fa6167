package io.muster.importing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an upload found: how the file was read, its columns, its first rows and a suggested mapping.
 */
public record UploadResult(UUID id, ImportStatus status, String encoding, String separator, boolean headerDetected,
		List<String> columns, List<List<String>> sampleRows, Map<String, String> suggestedMapping,
		List<String> warnings) {
}
