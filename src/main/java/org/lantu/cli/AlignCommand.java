package org.lantu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lantu.align.Alignment;
import org.lantu.align.AlignmentService;
import org.lantu.ingest.IngestLimits;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lantu align CHILD PARENT}: a county plan against its regional parent. */
@Command(
        name = "align",
        mixinStandardHelpOptions = true,
        description = {
            "Align a county plan (CHILD) with the regional plan it carries out (PARENT): the floors and",
            "ceilings of the parent's targets, and which child sections carry out each parent article.",
            "Exit code 2 when a file cannot be read."
        })
final class AlignCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CHILD", description = "the county plan")
    Path child;

    @Parameters(index = "1", paramLabel = "PARENT", description = "the regional plan it carries out")
    Path parent;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text")
    Documents.OutputFormat format = Documents.OutputFormat.json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<List<ExtractedPlan>> plans =
                Documents.readAll("align", List.of(child, parent), IngestLimits.defaults(), err);
        if (plans.isEmpty()) {
            return 2;
        }
        Alignment alignment =
                new AlignmentService().align(plans.get().get(0), plans.get().get(1));
        if (format == Documents.OutputFormat.text) {
            out.print(AlignmentText.render(alignment));
        } else {
            out.println(PlanJson.write(alignment));
        }
        out.flush();
        return 0;
    }
}
