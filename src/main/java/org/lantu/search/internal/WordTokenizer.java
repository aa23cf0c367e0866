package org.lantu.search.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Lucene tokens from {@link WordSegmenter}: the whole input is read, then segmented at once. */
final class WordTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Supplier<WordSegmenter> segmenter;
    private final boolean parts;
    private List<WordSegmenter.Token> tokens = List.of();
    private int next;
    private int length;

    WordTokenizer(Supplier<WordSegmenter> segmenter, boolean parts) {
        this.segmenter = segmenter;
        this.parts = parts;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        length = text.length();
        tokens = segmenter.get().tokens(text.toString(), parts);
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        WordSegmenter.Token t = tokens.get(next++);
        term.append(t.text());
        offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
        increment.setPositionIncrement(t.increment());
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(length);
        offset.setOffset(end, end);
    }
}
