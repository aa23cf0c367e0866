package org.lantu.review;

import org.jspecify.annotations.Nullable;

/**
 * Where a figure of a finding stands in its document.
 *
 * @param quote a short quote of the text, normalised as the plan was read (full-width digits half-width)
 * @param line the 1-based line of the source file
 * @param section the innermost heading it sits under, marker and title (（三）目标任务), null before the first
 * @param file the document, as it was named when read
 */
public record Evidence(String quote, int line, @Nullable String section, String file) {}
