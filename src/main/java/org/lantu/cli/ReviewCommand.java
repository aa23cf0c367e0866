package org.lantu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lantu.ingest.IngestLimits;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanJson;
import org.lantu.review.Review;
import org.lantu.review.ReviewService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lantu review FILE…}: the findings of plan documents, and between related ones. */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Review plan documents: conflicting figures, targets worse than their baseline, totals that do not",
            "add up, infeasible growth, contents against headings, units, binding targets without a figure.",
            "With several files, an interpretation (解读) is checked against the plan it interprets and plans of",
            "the same unit against each other. One file gives one JSON object, several an array in the same",
            "order. Exit code 2 when a file cannot be read."
        })
final class ReviewCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "plan documents")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text")
    Documents.OutputFormat format = Documents.OutputFormat.json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<List<ExtractedPlan>> plans = Documents.readAll("review", files, IngestLimits.defaults(), err);
        if (plans.isEmpty()) {
            return 2;
        }
        List<Review> reviews = new ReviewService().review(plans.get());
        if (format == Documents.OutputFormat.text) {
            for (Review r : reviews) {
                out.print(ReviewText.render(r));
            }
        } else {
            out.println(PlanJson.write(reviews.size() == 1 ? reviews.get(0) : reviews));
        }
        out.flush();
        return 0;
    }
}
