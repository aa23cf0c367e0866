package org.lantu.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item found.
 *
 * @param type the item's type ({@code paragraph} for body text that is no other item)
 * @param itemId the item's id in the store; null for a paragraph
 * @param latest whether the version is its plan's latest
 * @param headingPath the headings the item sits under, outermost first (an indicator: its table)
 * @param snippet the matching passage as HTML: escaped, matches in {@code <mark>}
 * @param text the item's text as indexed (plain)
 * @param responsibleUnits the units named for the task the item belongs to, lead first
 * @param value the figures of an indicator or target, in a line ({@code ≥95% (2025年)})
 * @param line the 1-based source line where the item starts, for a link to the source view
 */
public record SearchHit(
        String type,
        @Nullable Long itemId,
        long planId,
        String planTitle,
        String planKind,
        long versionId,
        int versionNo,
        boolean latest,
        @Nullable Long unitId,
        @Nullable String unitName,
        List<String> headingPath,
        String snippet,
        String text,
        List<String> responsibleUnits,
        @Nullable String value,
        int line,
        @Nullable Integer endLine,
        float score) {}
