package org.lantu.catalog.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.CatalogEntry;
import org.lantu.catalog.Direction;

/**
 * Reads the catalog's data files. {@code indicators.tsv}: one indicator a line, tab-separated columns
 * {@code code name synonyms unit direction kind category attribute source_unit definition}; synonyms separated
 * by {@code |}; an empty cell is "not stated"; {@code #} opens a comment line. Other files: one entry a line.
 */
public final class CatalogFile {

    static final List<String> COLUMNS = List.of(
            "code",
            "name",
            "synonyms",
            "unit",
            "direction",
            "kind",
            "category",
            "attribute",
            "source_unit",
            "definition");

    private CatalogFile() {}

    public static List<CatalogEntry> entries(Reader in) {
        List<CatalogEntry> out = new ArrayList<>();
        int n = 0;
        boolean header = true;
        for (String line : rawLines(in)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header) {
                if (!Arrays.asList(cells).equals(COLUMNS)) {
                    throw new IllegalStateException("indicators.tsv: the header must be " + String.join(" ", COLUMNS));
                }
                header = false;
                continue;
            }
            if (cells.length != COLUMNS.size()) {
                throw new IllegalStateException(
                        "indicators.tsv line " + n + ": " + cells.length + " columns, expected " + COLUMNS.size());
            }
            List<String> synonyms = new ArrayList<>();
            for (String s : cells[2].split("\\|")) {
                if (!s.isBlank()) {
                    synonyms.add(s.strip());
                }
            }
            String kind = cells[5].strip();
            if (!kind.equals("level") && !kind.equals("growth")) {
                throw new IllegalStateException("indicators.tsv line " + n + ": kind must be level or growth");
            }
            try {
                out.add(new CatalogEntry(
                        required(cells[0], n),
                        required(cells[1], n),
                        List.copyOf(synonyms),
                        blankAsNull(cells[3]),
                        Direction.of(cells[4]),
                        cells[9].strip(),
                        required(cells[6], n),
                        blankAsNull(cells[7]),
                        blankAsNull(cells[8]),
                        kind.equals("growth")));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("indicators.tsv line " + n + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** The non-comment, non-blank lines of a one-entry-a-line resource. */
    public static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : rawLines(open(resource))) {
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    public static Reader open(String resource) {
        InputStream in = CatalogFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static List<String> rawLines(Reader in) {
        try (BufferedReader r = new BufferedReader(in)) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String cell, int line) {
        if (cell.isBlank()) {
            throw new IllegalStateException("indicators.tsv line " + line + ": code, name and category are required");
        }
        return cell.strip();
    }

    private static @Nullable String blankAsNull(String cell) {
        return cell.isBlank() ? null : cell.strip();
    }
}
