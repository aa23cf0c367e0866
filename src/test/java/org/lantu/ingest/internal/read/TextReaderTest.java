package org.lantu.ingest.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;

class TextReaderTest {

    private static final IngestLimits LIMITS = IngestLimits.defaults();

    /** Fictional plan text, long enough for charset detection. */
    private static final String PLAN =
            "第一章 示例旗发展基础\n（一）主要成就\n“十三五”以来，模拟县坚持生态优先、绿色发展，" + "地区生产总值年均增长6.5%，常住人口城镇化率达到62%，城乡居民收入稳步提高。\n";

    private static final String TRADITIONAL =
            "第一章 示例旗發展基礎\n（一）主要成就\n“十三五”以來，模擬縣堅持生態優先、綠色發展，" + "地區生產總值年均增長百分之六點五，常住人口城鎮化率達到百分之六十二，城鄉居民收入穩步提高。\n";

    private final TextReader reader = new TextReader();

    private static byte[] bytes(byte[] prefix, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static List<String> texts(RawDocument document) {
        return document.blocks().stream().map(b -> ((SourceLine) b).text()).toList();
    }

    @Test
    void readsUtf8WithoutBomNumberingLinesAcrossLineEndings() throws Exception {
        RawDocument document = reader.read("第一行\r\n第二行\n\n第四行\r第五行\n".getBytes(StandardCharsets.UTF_8), LIMITS);

        assertThat(document.encoding()).isEqualTo("UTF-8");
        assertThat(document.lineCount()).isEqualTo(5);
        assertThat(document.blocks())
                .containsExactly(
                        SourceLine.plain(1, "第一行"),
                        SourceLine.plain(2, "第二行"),
                        SourceLine.plain(3, ""),
                        SourceLine.plain(4, "第四行"),
                        SourceLine.plain(5, "第五行"));
    }

    @Test
    void readsUtf8WithBomWithoutKeepingTheBom() throws Exception {
        byte[] content = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PLAN, StandardCharsets.UTF_8);

        RawDocument document = reader.read(content, LIMITS);

        assertThat(document.encoding()).isEqualTo("UTF-8");
        assertThat(texts(document).get(0)).isEqualTo("第一章 示例旗发展基础");
    }

    @Test
    void readsGbk() throws Exception {
        RawDocument document = reader.read(PLAN.getBytes(Charset.forName("GBK")), LIMITS);

        assertThat(document.encoding()).isEqualTo("GBK");
        assertThat(String.join("\n", texts(document)) + "\n").isEqualTo(PLAN);
    }

    @Test
    void readsGb18030BeyondGbk() throws Exception {
        // U+9FA6 and U+9FF0 are outside GBK: GB18030 writes them as four-byte sequences
        String text = PLAN + "示例旗新增龦鿰两字。\n";
        byte[] content = text.getBytes(Charset.forName("GB18030"));
        assertThat(Charset.forName("GBK").newEncoder().canEncode("龦")).isFalse();

        RawDocument document = reader.read(content, LIMITS);

        assertThat(document.encoding()).isEqualTo("GB18030");
        assertThat(texts(document)).last().isEqualTo("示例旗新增龦鿰两字。");
    }

    @Test
    void readsUtf16WithByteOrderMarks() throws Exception {
        RawDocument little =
                reader.read(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, PLAN, StandardCharsets.UTF_16LE), LIMITS);
        RawDocument big =
                reader.read(bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, PLAN, StandardCharsets.UTF_16BE), LIMITS);

        assertThat(little.encoding()).isEqualTo("UTF-16LE");
        assertThat(big.encoding()).isEqualTo("UTF-16BE");
        assertThat(texts(little)).isEqualTo(texts(big)).startsWith("第一章 示例旗发展基础", "（一）主要成就");
    }

    @Test
    void readsBig5TraditionalText() throws Exception {
        RawDocument document = reader.read(TRADITIONAL.getBytes(Charset.forName("Big5")), LIMITS);

        assertThat(document.encoding()).isEqualTo("Big5");
        assertThat(texts(document)).first().isEqualTo("第一章 示例旗發展基礎");
    }

    @Test
    void refusesBinaryBytes() {
        byte[] random = new byte[8192];
        new Random(2024).nextBytes(random);
        assertThatThrownBy(() -> reader.read(random, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageMatching("(this is not a text document|the text is in no encoding Lantu reads).*");

        byte[] controls = new byte[1000];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (1 + i % 8);
        }
        assertThatThrownBy(() -> reader.read(controls, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("this is not a text document");
    }

    @Test
    void refusesEmptyAndBlankFiles() {
        assertThatThrownBy(() -> reader.read(new byte[0], LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file is empty");
        assertThatThrownBy(() -> reader.read(" \n\t\n".getBytes(StandardCharsets.US_ASCII), LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the file contains no text");
    }

    @Test
    void refusesAUtf8BomFollowedByInvalidUtf8() {
        byte[] gbkAfterBom = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PLAN, Charset.forName("GBK"));
        assertThatThrownBy(() -> reader.read(gbkAfterBom, LIMITS))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("byte-order mark");
    }
}
