package org.lantu.plan;

/** Source text left out of the analysis, and why (web navigation, breadcrumb, footer, page number). */
public record DroppedText(int line, String text, String reason) {}
