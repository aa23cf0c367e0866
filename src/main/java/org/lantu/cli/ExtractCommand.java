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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lantu extract FILE…}: read plan documents and print their structure. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Read plan documents (TXT in UTF-8/GBK/UTF-16, DOCX, PDF, HTML) and print their structure:",
            "headings, indicators, targets, responsibilities, projects. One file gives one JSON object,",
            "several give an array in the same order. Exit code 2 when a file cannot be read."
        })
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "plan documents")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text")
    Documents.OutputFormat format = Documents.OutputFormat.json;

    @Option(
            names = "--max-size",
            defaultValue = "50",
            paramLabel = "MB",
            description = "largest file accepted, in MB (default 50)")
    double maxSizeMb = 50;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestLimits limits = IngestLimits.defaults().withMaxBytes((long) (maxSizeMb * 1024 * 1024));
        Optional<List<ExtractedPlan>> read = Documents.readAll("extract", files, limits, err);
        if (read.isEmpty()) {
            return 2;
        }
        List<ExtractedPlan> plans = read.get();
        if (format == Documents.OutputFormat.text) {
            for (ExtractedPlan plan : plans) {
                out.print(PlanText.summary(plan));
            }
        } else {
            out.println(PlanJson.write(plans.size() == 1 ? plans.get(0) : plans));
        }
        out.flush();
        return 0;
    }
}
