package org.lantu.ingest.internal.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.internal.doc.RawBlock;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Plain text in UTF-8 (with or without BOM), UTF-16 (BOM), GBK/GB18030 or Big5. A strict UTF-8 decode
 * comes first, since it almost never succeeds on other encodings; otherwise juniversalchardet guesses,
 * and the result must look like text, because GB18030 decodes nearly any bytes "successfully".
 */
public final class TextReader implements DocumentReader {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");

    @Override
    public RawDocument read(byte[] content, IngestLimits limits) throws UnreadableDocumentException {
        Decoded decoded = decode(content);
        List<RawBlock> lines = new ArrayList<>();
        String text = decoded.text();
        int number = 0;
        int start = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                lines.add(SourceLine.plain(++number, text.substring(start, i)));
                if (i < length && text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        // a final newline does not start another line
        if (!lines.isEmpty() && (text.endsWith("\n") || text.endsWith("\r"))) {
            lines.remove(lines.size() - 1);
            number--;
        }
        return new RawDocument("txt", decoded.encoding(), lines, number);
    }

    /** The text and the name of the encoding it was decoded from. */
    public record Decoded(String text, String encoding) {}

    public static Decoded decode(byte[] content) throws UnreadableDocumentException {
        if (content.length == 0) {
            throw new UnreadableDocumentException("the file is empty");
        }
        Decoded decoded = decodeByBom(content);
        if (decoded == null) {
            decoded = decodeWithoutBom(content);
        }
        if (decoded.text().isBlank()) {
            throw new UnreadableDocumentException("the file contains no text");
        }
        checkLooksLikeText(decoded);
        return decoded;
    }

    private static @Nullable Decoded decodeByBom(byte[] b) throws UnreadableDocumentException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(strict(b, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)"), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
        }
        return null;
    }

    private static Decoded decodeWithoutBom(byte[] b) throws UnreadableDocumentException {
        String utf8 = tryStrict(b, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String detected = detect(b);
        if (detected != null && !isGbFamily(detected)) {
            Charset charset = charsetOrNull(detected);
            if (charset != null) {
                String text = tryStrict(b, 0, charset);
                if (text != null) {
                    return new Decoded(text, charset.name());
                }
            }
        }
        String gbk = tryStrict(b, 0, GBK);
        if (gbk != null) {
            return new Decoded(gbk, "GBK");
        }
        String gb18030 = tryStrict(b, 0, GB18030);
        if (gb18030 != null) {
            return new Decoded(gb18030, "GB18030");
        }
        throw new UnreadableDocumentException(
                "the text is in no encoding Lantu reads (UTF-8, UTF-16 with BOM, GBK/GB18030, Big5)"
                        + (detected != null ? "; it looks like " + detected : ""));
    }

    private static @Nullable String detect(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, Math.min(b.length, 64 * 1024));
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static boolean isGbFamily(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        return n.startsWith("GB") || n.equals("HZ-GB-2312");
    }

    private static @Nullable Charset charsetOrNull(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(byte[] b, int offset, Charset charset, String label)
            throws UnreadableDocumentException {
        String text = tryStrict(b, offset, charset);
        if (text == null) {
            throw new UnreadableDocumentException(
                    "the file starts with a " + label + " byte-order mark but is not valid " + label + " text");
        }
        return text;
    }

    private static @Nullable String tryStrict(byte[] b, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Binary content and wrong guesses decode into control characters, private-use and rare characters.
     * Plan text is CJK, ASCII and punctuation.
     */
    private static void checkLooksLikeText(Decoded decoded) throws UnreadableDocumentException {
        String text = decoded.text();
        int sample = Math.min(text.length(), 200_000);
        int bad = 0;
        int counted = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || Character.isSurrogate(c)) {
                continue;
            }
            counted++;
            if (Character.isISOControl(c) || c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE) {
                bad++;
            } else if (!isCommon(c)) {
                bad++;
            }
        }
        if (counted > 0 && bad * 20 > counted) {
            throw new UnreadableDocumentException(
                    "this is not a text document (binary content, or an encoding Lantu cannot read)");
        }
    }

    private static boolean isCommon(char c) {
        if (c < 0x2000) {
            // Latin, Greek, Cyrillic, general punctuation start here; rarely all of a plan
            return c < 0x0250 || c == 0x00B7;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS
                || block == Character.UnicodeBlock.NUMBER_FORMS
                || block == Character.UnicodeBlock.MATHEMATICAL_OPERATORS
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
                || block == Character.UnicodeBlock.GEOMETRIC_SHAPES
                || block == Character.UnicodeBlock.BOX_DRAWING
                || block == Character.UnicodeBlock.MISCELLANEOUS_SYMBOLS
                || block == Character.UnicodeBlock.ARROWS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS;
    }
}
