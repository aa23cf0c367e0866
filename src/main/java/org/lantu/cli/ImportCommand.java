package org.lantu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.lantu.LantuApplication;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.plan.PlanJson;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lantu import FILE…}: load documents into the store. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import plan documents (files or folders) into the store. Importing the same file again changes",
            "nothing; a changed file of a known plan becomes its next version. Exit code 2 if any failed."
        })
final class ImportCommand implements Callable<Integer> {

    private static final List<String> READABLE = List.of(".txt", ".text", ".docx", ".pdf", ".html", ".htm", ".xhtml");

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "documents or folders")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    String format = "text";

    @CommandLine.Mixin
    ServeCommand.StoreOptions store = new ServeCommand.StoreOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, Object> props = store.properties();
        SpringApplication app = new SpringApplication(LantuApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(props);
        List<ImportResult> results = new ArrayList<>();
        try (ConfigurableApplicationContext context = app.run()) {
            importAll(context, paths, results);
        }
        PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            out.println(PlanJson.write(results));
        }
        out.flush();
        return results.stream().anyMatch(ImportResult::failed) ? 2 : 0;
    }

    /** Imports every readable file under the paths, with one progress line each on stderr; returns failures. */
    static int importAll(ConfigurableApplicationContext context, List<Path> paths, @Nullable List<ImportResult> sink) {
        ImportService imports = context.getBean(ImportService.class);
        List<Path> files = expand(paths);
        int failed = 0;
        int i = 0;
        for (Path file : files) {
            i++;
            ImportResult r;
            try {
                // the plan keeps the file's name, not where it happened to lie on this machine
                r = imports.importDocument(file.getFileName().toString(), Files.readAllBytes(file), "cli");
            } catch (IOException e) {
                r = new ImportResult(
                        file.toString(),
                        "failed",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        file + ": cannot be read (" + e.getMessage() + ")");
            }
            if (sink != null) {
                sink.add(r);
            }
            String line = r.failed()
                    ? "failed: " + r.error()
                    : r.status().replace('_', ' ') + ": " + r.title() + (r.unit() != null ? " [" + r.unit() + "]" : "")
                            + " v" + r.versionNo()
                            + (r.diff() != null
                                    ? String.format(
                                            " (+%d −%d ~%d items)",
                                            r.diff().added().size(),
                                            r.diff().removed().size(),
                                            r.diff().changed().size())
                                    : "");
            System.err.printf("[%d/%d] %s%n", i, files.size(), line);
            if (r.failed()) {
                failed++;
            }
        }
        return failed;
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> READABLE.stream()
                                    .anyMatch(ext -> f.getFileName()
                                            .toString()
                                            .toLowerCase(Locale.ROOT)
                                            .endsWith(ext)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    System.err.println("lantu: cannot list " + p + " (" + e.getMessage() + ")");
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
