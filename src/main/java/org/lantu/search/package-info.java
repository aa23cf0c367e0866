/**
 * Search (搜索): full-text search in Chinese across every stored plan — sections, paragraphs, indicators,
 * targets, tasks and projects — with filters, facet counts and highlighted snippets, within the caller's
 * scope. {@link org.lantu.search.SearchService} is the module's façade.
 *
 * <p>A Lucene index under the data directory ({@code <data-dir>/search-index}) has two text fields per
 * item: CJK bigrams queried as phrases, the recall net (every item containing the query string is found),
 * and HanLP words with a dictionary built from the store (unit names, responsible units, indicator names),
 * which ranks whole-word matches first. The index follows the store: it is updated after each import's
 * commit and reconciled against the store (versions, corrections) before each search, so a failed import
 * leaves it unchanged and versions imported by another process are caught up.
 */
@NullMarked
package org.lantu.search;

import org.jspecify.annotations.NullMarked;
