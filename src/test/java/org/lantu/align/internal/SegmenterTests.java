package org.lantu.align.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Words for ranking: domain terms whole, their parts too, boilerplate out. */
class SegmenterTests {

    private final Segmenter segmenter = new Segmenter(Set.copyOf(DomainDictionary.CURATED));

    private List<String> content(String text) {
        return segmenter.words(text).stream()
                .filter(Segmenter.Word::content)
                .map(Segmenter.Word::text)
                .toList();
    }

    @Test
    void curatedDomainTermsComeOutWhole() {
        assertThat(content("有序推进老化管网改造")).contains("老化管网");
        assertThat(content("健全防洪排涝设施")).contains("防洪排涝");
        assertThat(content("每千人口拥有3岁以下幼儿托位数达到4.5个以上")).contains("托位数");
        assertThat(content("推动农牧业转移人口市民化")).contains("农牧业转移人口", "市民化");
    }

    @Test
    void aLongWordAlsoYieldsTheWordsInsideIt() {
        assertThat(segmenter.parts("老化管网")).contains("老化", "管网");
        assertThat(segmenter.parts("污水处理率")).contains("污水处理", "污水");
    }

    @Test
    void stopWordsNumbersAndPunctuationCarryNoTopic() {
        List<String> words = content("到2025年，积极推进县城污水处理率达到95%以上。");
        assertThat(words).doesNotContain("推进", "积极", "县城", "2025", "95", "，", "以上");
        assertThat(words).contains("污水处理率");
    }

    @Test
    void theSharedHanLpDictionaryIsLeftAsItWas() {
        // 城市群 is in HanLP's default dictionary (as n 303) and in no list of ours
        assertThat(DomainDictionary.CURATED).doesNotContain("城市群");
        String before = CustomDictionary.DEFAULT.get("城市群").toString();
        Segmenter local = new Segmenter(List.of("城市群", "低空经济示范区"));
        assertThat(local.words("低空经济示范区")).extracting(Segmenter.Word::text).containsExactly("低空经济示范区");
        assertThat(CustomDictionary.DEFAULT.get("城市群").toString()).isEqualTo(before);
        assertThat(CustomDictionary.DEFAULT.contains("低空经济示范区")).isFalse();
        assertThat(segmenter.words("低空经济示范区")).extracting(Segmenter.Word::text).doesNotContain("低空经济示范区");
    }

    @Test
    void headingTitlesGiveTheirTopicPhrases() {
        assertThat(DomainDictionary.titlePhrases("完善市政交通设施")).containsExactly("市政交通设施");
        assertThat(DomainDictionary.titlePhrases("有序推进老化管网改造")).containsExactly("老化管网改造");
        assertThat(DomainDictionary.titlePhrases("建立多元可持续的投融资机制")).containsExactly("多元可持续", "投融资机制");
        assertThat(DomainDictionary.titlePhrases("推进县城基础设施向乡村延伸")).containsExactly("县城基础设施", "乡村延伸");
        assertThat(DomainDictionary.titlePhrases("加强组织领导")).containsExactly("组织领导");
        assertThat(DomainDictionary.titlePhrases("（一）")).isEmpty();
    }
}
