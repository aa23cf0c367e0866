package org.lantu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lantu.ingest.IngestException;
import org.lantu.ingest.IngestLimits;
import org.lantu.ingest.IngestService;
import org.lantu.plan.ExtractedPlan;

/** Reading the documents a command names: all of them, or none and one line per file that failed. */
final class Documents {

    /** The output formats of the commands that print plans, findings or alignments. */
    enum OutputFormat {
        json,
        text
    }

    private Documents() {}

    /**
     * @param command the command's name, to start each error line with ({@code lantu review: …})
     * @return the plans in the order given, or empty when any file could not be read (each such file has
     *     had its line on {@code err}); all or nothing, since a partial answer would shift every later
     *     plan out of its place
     */
    static Optional<List<ExtractedPlan>> readAll(
            String command, List<Path> files, IngestLimits limits, PrintWriter err) {
        List<ExtractedPlan> plans = new ArrayList<>();
        boolean failed = false;
        try (IngestService ingest = new IngestService(limits)) {
            for (Path file : files) {
                try {
                    plans.add(ingest.extract(file));
                } catch (IngestException e) {
                    err.println("lantu " + command + ": " + e.getMessage());
                    failed = true;
                }
            }
        }
        return failed ? Optional.empty() : Optional.of(plans);
    }
}
