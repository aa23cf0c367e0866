package org.lantu.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lantu.Seeds;
import org.lantu.ingest.IngestException;
import org.lantu.ingest.IngestService;
import org.lantu.plan.ExtractedPlan;

/** Plans read for review tests: the seeds and the fixtures under {@code fixtures/review/}. */
final class Reviews {

    private static final ReviewService SERVICE = new ReviewService();

    private Reviews() {}

    static ExtractedPlan seed(String number) {
        return read(Seeds.path(number));
    }

    static ExtractedPlan fixture(String name) {
        return read(Path.of("src/test/resources/fixtures/review", name));
    }

    static ExtractedPlan read(Path path) {
        try (IngestService ingest = new IngestService()) {
            return ingest.extract(path);
        } catch (IngestException e) {
            throw new AssertionError(e);
        }
    }

    static Review review(ExtractedPlan plan) {
        return SERVICE.review(plan);
    }

    static List<Review> review(ExtractedPlan... plans) {
        return SERVICE.review(new ArrayList<>(List.of(plans)));
    }

    /** The findings of a kind whose English message contains every one of the words. */
    static List<Finding> about(Review r, FindingKind kind, String... words) {
        return r.findings(kind).stream()
                .filter(f -> {
                    for (String w : words) {
                        if (!f.messageEn().contains(w)) {
                            return false;
                        }
                    }
                    return true;
                })
                .toList();
    }

    static List<Integer> lines(Finding f) {
        return f.evidence().stream().map(Evidence::line).toList();
    }
}
