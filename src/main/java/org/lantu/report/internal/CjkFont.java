package org.lantu.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The CJK font reports draw and embed: a TrueType font or collection (TTC) licensed for embedding. By default
 * Debian's {@code fonts-wqy-microhei} (Apache 2.0 / GPL with font exception), else another known CJK font
 * installed; {@code lantu.report.font} names another file.
 */
public final class CjkFont {

    /** Where the default fonts are installed, first found wins. */
    public static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"));

    private final Path path;
    private final Font awt;

    private CjkFont(Path path, Font awt) {
        this.path = path;
        this.awt = awt;
    }

    /**
     * The configured font, else the first default installed.
     *
     * @throws IllegalStateException naming the files looked for and how to install or configure one
     */
    public static CjkFont locate(@Nullable String configured) {
        List<Path> tried = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured.strip());
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("lantu.report.font: no font file at " + p
                        + " (give a TrueType .ttf or collection .ttc with Chinese glyphs)");
            }
            return load(p);
        }
        for (Path p : CANDIDATES) {
            tried.add(p);
            if (Files.isRegularFile(p)) {
                return load(p);
            }
        }
        throw new IllegalStateException("no CJK font for reports: none of " + tried
                + " exists; install Debian's fonts-wqy-microhei (apt-get install fonts-wqy-microhei) or set"
                + " lantu.report.font to a .ttf/.ttc file with Chinese glyphs");
    }

    private static CjkFont load(Path p) {
        try {
            Font[] fonts = Font.createFonts(p.toFile());
            Font chosen = fonts[0];
            for (Font f : fonts) {
                // a collection may hold a monospaced face first; prefer the proportional one
                if (!f.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT).contains("mono")) {
                    chosen = f;
                    break;
                }
            }
            return new CjkFont(p, chosen);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the report font " + p + ": " + e.getMessage(), e);
        }
    }

    /** The font file (a .ttf or a .ttc collection). */
    public Path path() {
        return path;
    }

    /** The face's PostScript name, to pick the same face out of a collection. */
    public String postScriptName() {
        return awt.getPSName();
    }

    /** The face for Java2D (charts) at a size and style. */
    public Font awt(int style, float size) {
        return awt.deriveFont(style, size);
    }
}
