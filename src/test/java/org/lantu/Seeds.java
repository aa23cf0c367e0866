package org.lantu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The five real plan documents in {@code ../shared/seeds} (system property {@code lantu.seeds}). */
public final class Seeds {

    public static final String HANGJIN_URBANIZATION = "000";
    public static final String HANGJIN_INTERPRETATION = "001";
    public static final String URAD_REAR_FYP = "002";
    public static final String REGIONAL_URBANIZATION = "003";
    public static final String OTOG_FYP = "004";

    private Seeds() {}

    public static Path dir() {
        Path dir = Path.of(System.getProperty("lantu.seeds", "../shared/seeds"));
        assertThat(dir).as("seed directory (system property lantu.seeds)").isDirectory();
        return dir;
    }

    /** The seed whose file name starts with the given number, e.g. {@code "003"}. */
    public static Path path(String number) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().startsWith(number + "_"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + number + " in " + dir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String number) {
        try {
            return Files.readString(path(number));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
