package org.lantu.monitor;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Approved observations of 杭锦旗 for seed 000, chosen so that every status has a target; the statuses they
 * give are worked by hand in {@code PlanEvaluationTests}. Shared by the monitoring tests of every module.
 */
public final class HangjinObservations {

    /** indicator code, year, value. */
    public static final String CSV = """
            gdp,2024,190
            urbanization_rate,2024,64.0
            disposable_income_growth,2023,5.5
            disposable_income_growth,2024,5.0
            registered_unemployment_rate,2024,3.9
            doctors_per_1000,2024,4.6
            pension_insurance_rate,2024,93.5
            childcare_places_per_1000,2024,5.0
            forest_coverage,2023,18.1
            forest_coverage,2024,18.5
            """;

    private HangjinObservations() {}

    /** Writes them, approved, for a unit; an existing one takes the value. */
    public static void approve(JdbcClient jdbc, long unitId) {
        for (String line : CSV.strip().split("\n")) {
            String[] f = line.split(",");
            observe(jdbc, unitId, f[0], Integer.parseInt(f[1]), f[2]);
        }
    }

    /** One approved observation. */
    public static void observe(JdbcClient jdbc, long unitId, String code, int year, String value) {
        jdbc.sql("""
                        insert into monitor.observation (unit_id, indicator_code, year, value, status, created_by, updated_by)
                        values (?, ?, ?, ?::numeric, 'approved', 'test', 'test')
                        on conflict (unit_id, indicator_code, year, coalesce(quarter, 0))
                        do update set value = excluded.value, updated_at = now()""").params(unitId, code, year, value).update();
    }
}
