package org.lantu.plan;

/**
 * The document a plan was read from.
 *
 * @param format {@code txt}, {@code docx}, {@code pdf} or {@code html}
 * @param encoding the character encoding detected for text files ({@code UTF-8}, {@code GB18030} …), the
 *     container format otherwise
 * @param characters the number of characters of text read
 * @param lines the number of lines (text files, PDF) or paragraphs (DOCX) in the source
 */
public record SourceInfo(String file, String format, String encoding, String sha256, int characters, int lines) {}
