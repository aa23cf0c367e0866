/** The search index: Lucene documents from the store, analysers, query building, snippets, facets. */
@NullMarked
package org.lantu.search.internal;

import org.jspecify.annotations.NullMarked;
