package org.lantu.plan;

import org.jspecify.annotations.Nullable;

/** An entry of the printed table of contents (目录), with the page number it gives if any. */
public record TocEntry(
        String marker, String title, int level, @Nullable Integer page, int line) {}
