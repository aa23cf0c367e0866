package org.lantu.align;

/**
 * A child section proposed as carrying out a parent article.
 *
 * @param score the similarity, 0 (nothing in common) to 1 (the article's own wording), see {@code
 *     docs/methodology.md}
 */
public record SectionMatch(SectionRef section, double score) {}
