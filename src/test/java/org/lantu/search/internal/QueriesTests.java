package org.lantu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsed queries are kept per dictionary: the same text, the same query, until the dictionary changes. */
class QueriesTests {

    @Test
    void aParsedQueryIsKeptUntilTheDictionaryChanges() {
        Analyzers analyzers = new Analyzers(new WordSegmenter(List.of()));
        Queries queries = new Queries(analyzers);
        Queries.Parsed first = queries.parse("模拟测试局 供热", Queries.Mode.COMBINED);
        assertThat(queries.parse("模拟测试局 供热", Queries.Mode.COMBINED)).isSameAs(first);
        assertThat(first).isEqualTo(queries.parseUncached("模拟测试局 供热", Queries.Mode.COMBINED));
        assertThat(queries.parse("模拟测试局 供热", Queries.Mode.BIGRAM)).isNotSameAs(first);
        assertThat(first.query().toString()).doesNotContain(Analyzers.WORD + ":");

        // a name of the store's dictionary adds the word-field clause: a new dictionary, a new query
        analyzers.dictionary(new WordSegmenter(List.of("模拟测试局")));
        Queries.Parsed again = queries.parse("模拟测试局 供热", Queries.Mode.COMBINED);
        assertThat(again).isNotSameAs(first);
        assertThat(again.query().toString()).contains(Analyzers.WORD + ":");
        assertThat(again.words()).isEqualTo(first.words());
    }
}
