package org.lantu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lantu.align.Alignment;
import org.lantu.align.AlignmentService;
import org.lantu.ingest.IngestException;
import org.lantu.ingest.IngestService;
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

    enum Format {
        json,
        text
    }

    @Parameters(index = "0", paramLabel = "CHILD", description = "the county plan")
    Path child;

    @Parameters(index = "1", paramLabel = "PARENT", description = "the regional plan it carries out")
    Path parent;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text")
    Format format = Format.json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExtractedPlan childPlan;
        ExtractedPlan parentPlan;
        try (IngestService ingest = new IngestService()) {
            childPlan = ingest.extract(child);
            parentPlan = ingest.extract(parent);
        } catch (IngestException e) {
            err.println("lantu align: " + e.getMessage());
            return 2;
        }
        Alignment alignment = new AlignmentService().align(childPlan, parentPlan);
        if (format == Format.text) {
            out.print(AlignmentText.render(alignment));
        } else {
            out.println(PlanJson.write(alignment));
        }
        out.flush();
        return 0;
    }
}
