package org.lantu.ingest;

import java.time.Duration;

/**
 * Limits that keep hostile or broken documents from exhausting the machine.
 *
 * @param maxBytes largest file accepted (default 50 MB)
 * @param maxExpandedBytes largest total a DOCX may unpack to
 * @param minInflateRatio smallest compressed/uncompressed ratio a DOCX entry may have (zip bombs)
 * @param maxParseTime how long reading one document may take
 */
public record IngestLimits(long maxBytes, long maxExpandedBytes, double minInflateRatio, Duration maxParseTime) {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    public static IngestLimits defaults() {
        return new IngestLimits(DEFAULT_MAX_BYTES, 512L * 1024 * 1024, 0.01, Duration.ofSeconds(60));
    }

    public IngestLimits withMaxBytes(long bytes) {
        return new IngestLimits(bytes, maxExpandedBytes, minInflateRatio, maxParseTime);
    }
}
