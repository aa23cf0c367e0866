package org.lantu.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.CatalogEntry;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.plan.PlanJson;
import org.lantu.plan.PlanParagraph;
import org.lantu.plan.PlanService;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.node.ObjectNode;

/** What the index reads from the store: read only, and cheap where it runs before every search. */
public final class StoreReader {

    private final JdbcClient jdbc;
    private final PlanService plans;

    public StoreReader(JdbcClient jdbc, PlanService plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /** How many versions the store holds, the newest id and the newest correction: one round trip. */
    public record State(long versions, long maxVersionId, long maxCorrectionId) {}

    State state() {
        return jdbc.sql("""
                        select (select count(*) from plan.plan_version), (select coalesce(max(id), 0) from plan.plan_version),
                               (select coalesce(max(id), 0) from plan.correction)""")
                .query((rs, n) -> new State(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /** Every stored version: version id → plan id. */
    Map<Long, Long> versions() {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("select id, plan_id from plan.plan_version")
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return out;
    }

    /** The versions whose items were corrected after the given correction. */
    Set<Long> correctedAfter(long correctionId) {
        return new LinkedHashSet<>(
                jdbc.sql("""
                        select distinct i.version_id from plan.correction c join plan.item i on i.id = c.item_id
                        where c.id > ?""").param(correctionId).query(Long.class).list());
    }

    /** A version and its plan, as every document of it carries them. */
    record Version(
            long id,
            long planId,
            int versionNo,
            String title,
            String kind,
            @Nullable Long unitId,
            @Nullable String unitName,
            @Nullable Integer periodTo) {}

    Version version(long versionId) {
        return jdbc.sql("""
                        select v.id, v.plan_id, v.version_no, p.title, p.kind, p.unit_id, u.name, p.period_to
                        from plan.plan_version v join plan.plan p on p.id = v.plan_id
                        left join region.admin_unit u on u.id = p.unit_id where v.id = ?""")
                .param(versionId)
                .query((rs, n) -> new Version(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, Long.class),
                        rs.getString(7),
                        rs.getObject(8, Integer.class)))
                .single();
    }

    /** The items of a version, planners' corrections applied. */
    List<ObjectNode> items(long versionId) {
        return plans.currentItems(versionId, null);
    }

    /**
     * The body paragraphs of a version's extraction. Read here rather than with {@code
     * PlanService.extracted}: a rebuild reads every version once, which would only churn its cache.
     */
    List<PlanParagraph> paragraphs(long versionId) {
        String json = jdbc.sql(
                        "select coalesce(extracted->'paragraphs', '[]'::jsonb)::text from plan.plan_version where id = ?")
                .param(versionId)
                .query(String.class)
                .single();
        return new ArrayList<>(PlanJson.mapper().readValue(json, new TypeReference<List<PlanParagraph>>() {}));
    }

    /**
     * The words the segmenter must keep whole: responsible units and administrative units as the store
     * has them, and the indicator catalog's names and synonyms.
     */
    Set<String> dictionary() {
        Set<String> terms = new LinkedHashSet<>();
        terms.addAll(jdbc.sql("select distinct name from plan.responsible_unit")
                .query(String.class)
                .list());
        terms.addAll(jdbc.sql("select name from region.admin_unit")
                .query(String.class)
                .list());
        for (CatalogEntry e : IndicatorCatalog.standard().entries()) {
            terms.addAll(e.names());
        }
        terms.removeIf(t -> t.isBlank() || t.length() > 20);
        return terms;
    }
}
