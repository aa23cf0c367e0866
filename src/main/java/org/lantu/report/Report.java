package org.lantu.report;

/**
 * A generated report file.
 *
 * @param fileName a name to save it under (the unit, the kind, the year and the extension)
 * @param contentType its media type
 */
public record Report(String fileName, String contentType, byte[] bytes) {}
