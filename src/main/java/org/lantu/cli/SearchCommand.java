package org.lantu.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.lantu.LantuApplication;
import org.lantu.plan.PlanJson;
import org.lantu.search.SearchHit;
import org.lantu.search.SearchHits;
import org.lantu.search.SearchQuery;
import org.lantu.search.SearchService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lantu search QUERY}: search every stored plan; {@code --reindex} rebuilds the index. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search the stored plans (every section, paragraph, indicator, target, task and project of each",
            "plan's latest version). Words separated by spaces must all occur; traditional and full-width",
            "characters find simplified text. --reindex rebuilds the index from the store first (not while a",
            "lantu serve holds it). Exit code 1 when nothing was found."
        })
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "what to search for")
    java.util.List<String> words = new java.util.ArrayList<>();

    @Option(names = "--unit", description = "only plans of this administrative unit (name or code) and below")
    @Nullable
    String unit;

    @Option(names = "--type", description = "section, paragraph, indicator, target, responsibility, project")
    @Nullable
    String type;

    @Option(names = "--limit", defaultValue = "20", description = "at most this many hits (default 20, max 100)")
    int limit = 20;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    Documents.OutputFormat format = Documents.OutputFormat.text;

    @Option(names = "--reindex", description = "rebuild the search index from the store")
    boolean reindex;

    @CommandLine.Mixin
    ServeCommand.StoreOptions store = new ServeCommand.StoreOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (words.isEmpty() && !reindex) {
            throw new CommandLine.ParameterException(spec.commandLine(), "say what to search for, or --reindex");
        }
        Map<String, Object> props = store.properties();
        SpringApplication app = new SpringApplication(LantuApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(props);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = app.run()) {
            SearchService search = context.getBean(SearchService.class);
            if (reindex) {
                long start = System.nanoTime();
                search.reindex();
                err.printf(
                        "search index rebuilt: %d plan version(s) in %.1f s%n",
                        search.indexedVersions().size(), (System.nanoTime() - start) / 1e9);
                err.flush();
                if (words.isEmpty()) {
                    return 0;
                }
            }
            SearchQuery query = SearchQuery.of(String.join(" ", words))
                    .withUnit(unit)
                    .withType(type)
                    .withPage(1, Math.max(1, Math.min(limit, SearchQuery.MAX_SIZE)));
            SearchHits hits = search.searchEverything(query);
            if (format == Documents.OutputFormat.json) {
                out.println(PlanJson.write(hits));
            } else {
                print(hits, out);
            }
            if (!hits.complete()) {
                err.println("lantu search: the index lags behind the store (a running lantu serve holds it and"
                        + " will catch up): results may be incomplete");
            }
            out.flush();
            err.flush();
            return hits.total() > 0 ? 0 : 1;
        }
    }

    private static void print(SearchHits hits, PrintWriter out) {
        out.printf("%d hit(s)%n", hits.total());
        for (SearchHit h : hits.hits()) {
            out.printf(
                    "%n[%s] %s%s — line %d%n",
                    h.type(), h.planTitle(), h.latest() ? "" : " (v" + h.versionNo() + ")", h.line());
            if (!h.headingPath().isEmpty()) {
                out.println("  " + String.join(" › ", h.headingPath()));
            }
            out.println("  " + plain(h.snippet()));
            if (h.value() != null) {
                out.println("  " + h.value());
            }
            if (!h.responsibleUnits().isEmpty()) {
                out.println("  责任单位: " + String.join("、", h.responsibleUnits()));
            }
        }
    }

    /** The snippet without HTML: matches in 【】. */
    static String plain(String html) {
        return html.replace("<mark>", "【")
                .replace("</mark>", "】")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
