package org.lantu.ingest.internal.doc;

import java.util.List;
import org.lantu.plan.DroppedText;

/**
 * A document after normalisation: paragraphs and tables in reading order, and what was dropped.
 *
 * @param columnMode whether the text was laid out in narrow columns (a newspaper page, a PDF), so that
 *     line ends mean nothing
 * @param convertedCharacters how many traditional characters were converted to simplified
 */
public record NormalizedDocument(
        RawDocument raw,
        List<Block> blocks,
        List<DroppedText> dropped,
        int characters,
        boolean columnMode,
        int convertedCharacters) {}
