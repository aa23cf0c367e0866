package org.lantu.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.EvaluatedTarget;
import org.lantu.monitor.EvaluationMethod;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.EvaluationStatus;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.Project;
import org.lantu.monitor.ProjectInvestment;
import org.lantu.monitor.ProjectRollup;
import org.lantu.monitor.StatusCounts;
import org.lantu.monitor.TargetEvaluation;
import org.lantu.monitor.TargetSpec;
import org.lantu.monitor.TaskStatusView;
import org.lantu.monitor.Warning;
import org.lantu.monitor.YearValue;
import org.lantu.plan.IndicatorNature;
import org.lantu.plan.PlanSummary;
import org.lantu.plan.TargetKind;
import org.lantu.report.ReportRequest;
import org.lantu.report.internal.ReportModel.Block;
import org.lantu.report.internal.ReportModel.Chart;
import org.lantu.report.internal.ReportModel.Heading;
import org.lantu.report.internal.ReportModel.Section;
import org.lantu.report.internal.ReportModel.Style;
import org.lantu.report.internal.ReportModel.Table;
import org.lantu.report.internal.ReportModel.Text;
import org.lantu.review.Finding;
import org.lantu.review.Severity;

/**
 * Builds the model of a report from what was read: the sections Chinese monitoring reports have (一、总体情况
 * … 七、下一步工作建议, 附录), in Chinese or English.
 */
public final class ReportBuilder {

    private final boolean en;
    private final boolean midterm;
    private final Charts charts;
    private final LocalDate today;

    public ReportBuilder(ReportRequest request, CjkFont font, LocalDate today) {
        this.en = request.lang() == ReportRequest.Lang.EN;
        this.midterm = request.kind() == ReportRequest.Kind.MIDTERM;
        this.charts = new Charts(font, en);
        this.today = today;
    }

    private String t(String zh, String english) {
        return en ? english : zh;
    }

    private String kindName() {
        return midterm ? t("中期评估报告", "Mid-term evaluation report") : t("年度监测报告", "Annual monitoring report");
    }

    // ---------------------------------------------------------------- one plan

    /** The report of one plan. */
    public ReportModel plan(PlanInput in) {
        PlanEvaluation e = in.evaluation();
        PlanSummary p = in.plan();
        int year = e.year();
        String title = (en ? "" : "《" + p.title() + "》") + (en ? p.title() + " — " : "") + kindName();
        String subtitle = en ? "Year " + year + (midterm ? " (mid-term)" : "") : year + "年度" + (midterm ? "（中期）" : "");
        List<String> meta = new ArrayList<>();
        meta.add(t("行政区：", "Unit: ") + Objects.requireNonNullElse(p.unitName(), "—"));
        meta.add(t("规划期：", "Plan period: ") + period(p));
        meta.add(t("监测年度：", "Year reported: ") + year);
        meta.add(t("生成日期：", "Generated: ") + today + t("（蓝图规划监测系统）", " (Lantu plan monitoring)"));
        List<Section> sections = new ArrayList<>();
        sections.add(overall(in));
        sections.add(indicators(in));
        sections.add(tasks(in));
        sections.add(projects(in));
        sections.add(findings(in));
        sections.add(problems(in));
        sections.add(suggestions(in));
        sections.add(appendix(List.of(e)));
        return new ReportModel(title, subtitle, meta, sections, en);
    }

    private String period(PlanSummary p) {
        return p.periodFrom() != null && p.periodTo() != null ? p.periodFrom() + "–" + p.periodTo() : "—";
    }

    private Section overall(PlanInput in) {
        PlanEvaluation e = in.evaluation();
        StatusCounts c = e.counts();
        List<Block> b = new ArrayList<>();
        Double share = c.onTrackShare();
        b.add(Text.plain(
                en
                        ? String.format(
                                Locale.ROOT,
                                "This report monitors the implementation of %s (%s) up to %d. Of the %d targets monitored,"
                                        + " %d are achieved, %d on track, %d at risk (need acceleration or show limited"
                                        + " progress), %d off track (deterioration) and %d without data or awaiting a"
                                        + " planner's assessment.%s",
                                e.title(),
                                period(in.plan()),
                                e.year(),
                                c.total(),
                                c.achieved(),
                                c.onTrack(),
                                c.atRisk(),
                                c.offTrack(),
                                c.noData(),
                                share == null
                                        ? ""
                                        : String.format(
                                                Locale.ROOT,
                                                " %.1f%% of the targets assessed are achieved or on track.",
                                                100 * share))
                        : String.format(
                                Locale.ROOT,
                                "本报告对《%s》（规划期%s年）截至%d年的实施情况进行监测。纳入监测的目标共%d项，其中已实现%d项、进展顺利%d项、"
                                        + "需关注（需加快推进或进展有限）%d项、滞后（出现倒退）%d项、数据不足或待评定%d项。%s",
                                e.title(),
                                period(in.plan()),
                                e.year(),
                                c.total(),
                                c.achieved(),
                                c.onTrack(),
                                c.atRisk(),
                                c.offTrack(),
                                c.noData(),
                                share == null
                                        ? ""
                                        : String.format(Locale.ROOT, "已评估目标中已实现或进展顺利的占%.1f%%。", 100 * share))));
        b.add(countsTable(t("表1 目标总体进展", "Table 1 Overall progress of the targets"), c));
        if (midterm) {
            b.addAll(midtermComparison(in));
        }
        Map<String, StatusCounts> byDomain =
                EvaluationService.rollUp(List.of(e), t -> t.target().domain());
        if (!byDomain.isEmpty()) {
            String caption = t("图1 分领域目标进展", "Figure 1 Targets by domain and status");
            b.add(new Chart(
                    caption,
                    charts.statusBars(t("领域", "Domain"), byDomain),
                    Charts.WIDTH,
                    Charts.statusBarsHeight(byDomain.size())));
        }
        return new Section(t("一、总体情况", "1. Overall progress"), t("总体情况", "Overall"), b);
    }

    private Table countsTable(String caption, StatusCounts c) {
        List<String> labels = Charts.groupLabels(en);
        int[] v = {c.achieved(), c.onTrack(), c.atRisk(), c.offTrack(), c.noData()};
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            rows.add(Arrays.asList(labels.get(i), v[i], c.total() == 0 ? null : pct((double) v[i] / c.total())));
        }
        rows.add(Arrays.asList(t("合计", "Total"), c.total(), c.total() == 0 ? null : 100.0));
        return new Table(
                caption,
                List.of(t("进展状态", "Status"), t("目标数（项）", "Targets (count)"), t("占比（%）", "Share (%)")),
                List.of(3, 2, 2),
                rows);
    }

    /** Mid-term: the elapsed share of the period against the progress of each measured level target. */
    private List<Block> midtermComparison(PlanInput in) {
        List<Block> b = new ArrayList<>();
        PlanSummary p = in.plan();
        PlanEvaluation e = in.evaluation();
        b.add(new Heading(t("时间进度与目标进度", "Time elapsed and progress")));
        Double elapsed = null;
        if (p.periodFrom() != null && p.periodTo() != null && p.periodTo() >= p.periodFrom()) {
            int years = p.periodTo() - p.periodFrom() + 1;
            int done = Math.max(0, Math.min(years, e.year() - p.periodFrom() + 1));
            elapsed = (double) done / years;
            b.add(Text.plain(
                    en
                            ? String.format(
                                    Locale.ROOT,
                                    "By the end of %d, %d of the %d years of the plan period (%.1f%%) have elapsed.",
                                    e.year(),
                                    done,
                                    years,
                                    100 * elapsed)
                            : String.format(
                                    Locale.ROOT,
                                    "截至%d年底，规划期%d年已过%d年，时间进度%.1f%%。",
                                    e.year(),
                                    years,
                                    done,
                                    100 * elapsed)));
        }
        List<List<@Nullable Object>> rows = new ArrayList<>();
        int behind = 0;
        int measured = 0;
        for (EvaluatedTarget t : e.targets()) {
            TargetSpec s = t.target().spec();
            TargetEvaluation v = t.evaluation();
            if (s.kind() != TargetKind.LEVEL || s.baseline() == null || s.target() == null || v.latest() == null) {
                continue;
            }
            double distance = s.target().value().subtract(s.baseline().value()).doubleValue();
            int span = s.target().year() - s.baseline().year();
            if (distance == 0 || span <= 0) {
                continue;
            }
            double time = Math.min(1, (double) (v.latest().year() - s.baseline().year()) / span);
            double done = v.latest().value().subtract(s.baseline().value()).doubleValue() / distance;
            measured++;
            if (done < time) {
                behind++;
            }
            rows.add(Arrays.asList(
                    s.indicator(),
                    s.unit(),
                    pct(time),
                    pct(done),
                    v.category() != null
                            ? (en ? v.category().en() : v.category().zh())
                            : status(v.status())));
        }
        if (rows.isEmpty()) {
            b.add(Text.plain(t("暂无可计算完成进度的水平值目标。", "No level target can be measured for progress yet.")));
            return b;
        }
        b.add(Text.plain(
                en
                        ? String.format(
                                Locale.ROOT,
                                "Of %d level targets with a reading, %d have covered less of the way to their target than the"
                                        + " share of time elapsed.",
                                measured,
                                behind)
                        : String.format(Locale.ROOT, "有观测值的%d项水平值目标中，%d项完成进度落后于时间进度。", measured, behind)));
        b.add(new Table(
                t("表2 时间进度与完成进度", "Table 2 Time elapsed and distance covered"),
                List.of(
                        t("指标", "Indicator"),
                        t("单位", "Unit"),
                        t("时间进度（%）", "Time elapsed (%)"),
                        t("完成进度（%）", "Distance covered (%)"),
                        t("评估结论", "Assessment")),
                List.of(6, 2, 2, 2, 3),
                rows));
        return b;
    }

    private Section indicators(PlanInput in) {
        PlanEvaluation e = in.evaluation();
        List<Block> b = new ArrayList<>();
        b.add(Text.plain(t(
                "下表列出规划各项指标的基期值、目标值、最新监测值及其年份、评估状态和所用评估方法（方法说明见附录）。",
                "The table gives each target's baseline, target, latest value and its year, status and the method"
                        + " it was measured by (see the appendix).")));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        int n = 0;
        for (EvaluatedTarget t : e.targets()) {
            TargetSpec s = t.target().spec();
            TargetEvaluation v = t.evaluation();
            rows.add(Arrays.asList(
                    ++n,
                    s.indicator(),
                    s.attribute() == null
                            ? null
                            : s.attribute() == IndicatorNature.BINDING ? t("约束性", "binding") : t("预期性", "indicative"),
                    s.unit(),
                    s.baseline() == null ? null : s.baseline().value(),
                    s.target() != null
                            ? s.target().value()
                            : t.target().raw().isBlank()
                                    ? null
                                    : shorten(t.target().raw(), 40),
                    v.latest() == null ? null : v.latest().value(),
                    v.latest() == null ? null : v.latest().year(),
                    status(v.status()),
                    v.method() == null
                            ? null
                            : en ? v.method().en() : v.method().zh()));
        }
        b.add(new Table(
                t("表3 主要指标完成情况", "Table 3 Main indicators"),
                List.of(
                        t("序号", "No."),
                        t("指标", "Indicator"),
                        t("属性", "Nature"),
                        t("单位", "Unit"),
                        t("基期值", "Baseline"),
                        t("目标值", "Target"),
                        t("最新值", "Latest"),
                        t("年份", "Year"),
                        t("状态", "Status"),
                        t("评估方法", "Method")),
                // a two-digit number, a name of a dozen characters, six-digit figures, 需加快推进 on one line
                List.of(2, 8, 3, 3, 3, 3, 3, 3, 4, 4),
                rows));
        // a trajectory for each indicator below on track (the "each off-track indicator"): a cap here
        // once dropped 常住人口城镇化率 (进展有限) behind eight binding targets that only needed acceleration
        List<EvaluatedTarget> off = belowOnTrack(e).stream()
                .filter(t -> t.target().spec().baseline() != null
                        && t.target().spec().target() != null
                        && t.target().spec().kind() == TargetKind.LEVEL
                        && t.target().indicatorCode() != null)
                .filter(distinctCodes(new java.util.HashSet<>()))
                .toList();
        if (!off.isEmpty()) {
            b.add(new Heading(t("未达进度指标的走势", "Trajectories of the targets below pace")));
            int fig = 1;
            for (EvaluatedTarget t : off) {
                TargetSpec s = t.target().spec();
                String caption = t("图2-", "Figure 2-") + fig++ + " " + s.indicator()
                        + t("：实际值与规划路径", ": observed against the planned path");
                byte[] png = charts.trajectory(
                        s.unit(),
                        Objects.requireNonNull(s.baseline()),
                        Objects.requireNonNull(s.target()),
                        in.series().getOrDefault(t.target().indicatorCode(), List.of()),
                        t.evaluation().method() == EvaluationMethod.CAGR);
                b.add(new Chart(caption, png, Charts.WIDTH, Charts.TRAJECTORY_HEIGHT));
            }
        }
        return new Section(t("二、主要指标完成情况", "2. Main indicators"), t("主要指标", "Indicators"), b);
    }

    /** One chart per catalog indicator: a table row and a prose target of the same indicator draw the same. */
    private static java.util.function.Predicate<EvaluatedTarget> distinctCodes(Set<String> seen) {
        return t -> seen.add(Objects.requireNonNull(t.target().indicatorCode()));
    }

    private Section tasks(PlanInput in) {
        List<Block> b = new ArrayList<>();
        List<TaskStatusView> tasks = in.tasks();
        if (tasks.isEmpty()) {
            b.add(Text.plain(t("规划未列明责任分工。", "The plan names no responsibilities.")));
            return new Section(t("三、重点任务推进情况", "3. Key tasks"), t("重点任务", "Tasks"), b);
        }
        String unreported = t("未报送", "not reported");
        Map<String, int[]> byLead = new TreeMap<>();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        List<TaskStatusView> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing((TaskStatusView v) -> lead(v)));
        int reported = 0;
        for (TaskStatusView v : sorted) {
            int[] c = byLead.computeIfAbsent(lead(v), k -> new int[5]);
            c[0]++;
            String status;
            if (v.latest() == null) {
                c[4]++;
                status = unreported;
            } else {
                reported++;
                switch (v.latest().status()) {
                    case DONE -> c[1]++;
                    case IN_PROGRESS -> c[2]++;
                    case DELAYED -> c[3]++;
                    default -> {}
                }
                status = en
                        ? v.latest().status().code().replace('_', ' ')
                        : v.latest().status().label();
            }
            rows.add(Arrays.asList(
                    lead(v),
                    shorten(v.text(), 80),
                    status,
                    v.latest() == null ? null : v.latest().percent(),
                    v.latest() == null
                            ? null
                            : (v.latest().year()
                                    + (en ? ": " : "年：")
                                    + Objects.requireNonNullElse(v.latest().narrative(), ""))));
        }
        b.add(Text.plain(
                en
                        ? String.format(
                                Locale.ROOT,
                                "The plan assigns %d tasks to %d lead units; %d have a progress report up to %d, %d have none.",
                                tasks.size(),
                                byLead.size(),
                                reported,
                                in.evaluation().year(),
                                tasks.size() - reported)
                        : String.format(
                                Locale.ROOT,
                                "规划明确由%d个牵头单位负责%d项任务；截至%d年，已报送进展%d项，未报送%d项。",
                                byLead.size(),
                                tasks.size(),
                                in.evaluation().year(),
                                reported,
                                tasks.size() - reported)));
        List<List<@Nullable Object>> leads = new ArrayList<>();
        byLead.forEach((k, c) -> leads.add(Arrays.asList(k, c[0], c[1], c[2], c[3], c[4])));
        b.add(new Table(
                t("表4 各牵头单位任务推进情况", "Table 4 Tasks by lead unit"),
                List.of(
                        t("牵头单位", "Lead unit"),
                        t("任务数（项）", "Tasks"),
                        t("已完成（项）", "Done"),
                        t("推进中（项）", "In progress"),
                        t("滞后（项）", "Delayed"),
                        t("未报送（项）", "Not reported")),
                List.of(4, 2, 2, 2, 2, 2),
                leads));
        b.add(new Table(
                t("表5 重点任务清单", "Table 5 Tasks"),
                List.of(
                        t("牵头单位", "Lead unit"),
                        t("任务", "Task"),
                        t("状态", "Status"),
                        t("完成（%）", "Done (%)"),
                        t("进展说明", "Progress notes")),
                List.of(3, 8, 2, 2, 5),
                rows));
        return new Section(t("三、重点任务推进情况", "3. Key tasks"), t("重点任务", "Tasks"), b);
    }

    private String lead(TaskStatusView v) {
        return v.leadUnit() == null || v.leadUnit().isBlank() ? t("（未明确）", "(not named)") : v.leadUnit();
    }

    private Section projects(PlanInput in) {
        List<Block> b = new ArrayList<>();
        int year = in.evaluation().year();
        if (in.projects().isEmpty()) {
            b.add(Text.plain(t("规划未列出重大项目，或项目尚未登记。", "The plan lists no major projects, or none is registered.")));
            return new Section(t("四、重大项目进展", "4. Major projects"), t("重大项目", "Projects"), b);
        }
        List<List<@Nullable Object>> cats = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        for (ProjectRollup r : in.rollup()) {
            if (!r.by().equals("category")) {
                continue;
            }
            planned = planned.add(r.planned());
            completed = completed.add(r.completed());
            cats.add(Arrays.asList(
                    r.key(),
                    r.projects(),
                    r.totalInvestment(),
                    r.planned(),
                    r.completed(),
                    r.planned().signum() > 0
                            ? pct(r.completed().doubleValue() / r.planned().doubleValue())
                            : null));
        }
        b.add(Text.plain(
                en
                        ? String.format(
                                Locale.ROOT,
                                "%d major projects are registered; in %d, %s 100 million yuan of investment were planned and %s"
                                        + " completed.",
                                in.projects().size(),
                                year,
                                num(planned),
                                num(completed))
                        : String.format(
                                Locale.ROOT,
                                "纳入监测的重大项目%d个；%d年计划投资%s亿元，完成投资%s亿元%s。",
                                in.projects().size(),
                                year,
                                num(planned),
                                num(completed),
                                planned.signum() > 0
                                        ? String.format(
                                                Locale.ROOT,
                                                "，完成率%.1f%%",
                                                100 * completed.doubleValue() / planned.doubleValue())
                                        : "（尚未填报年度计划投资）")));
        b.add(new Table(
                t("表6 重大项目投资完成情况（按类别）", "Table 6 Investment by category"),
                List.of(
                        t("类别", "Category"),
                        t("项目数（个）", "Projects"),
                        t("总投资（亿元）", "Total (100 m yuan)"),
                        t(year + "年计划（亿元）", "Planned " + year + " (100 m yuan)"),
                        t(year + "年完成（亿元）", "Completed " + year + " (100 m yuan)"),
                        t("完成率（%）", "Completed (%)")),
                List.of(4, 2, 2, 2, 2, 2),
                cats));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Project p : in.projects()) {
            ProjectInvestment i = p.investments().stream()
                    .filter(x -> x.year() == year)
                    .findFirst()
                    .orElse(null);
            rows.add(Arrays.asList(
                    shorten(p.name(), 60),
                    p.category(),
                    p.totalInvestment(),
                    p.investmentUnit(),
                    i == null ? null : i.planned(),
                    i == null ? null : i.completed(),
                    p.startYear() == null ? null : p.startYear() + (p.endYear() != null ? "–" + p.endYear() : "")));
        }
        b.add(new Table(
                t("表7 重大项目清单", "Table 7 Projects"),
                List.of(
                        t("项目", "Project"),
                        t("类别", "Category"),
                        t("总投资", "Total"),
                        t("投资单位", "Unit"),
                        t("年度计划", "Planned"),
                        t("年度完成", "Completed"),
                        t("建设年限", "Years")),
                List.of(7, 3, 2, 2, 2, 2, 2),
                rows));
        return new Section(t("四、重大项目进展", "4. Major projects"), t("重大项目", "Projects"), b);
    }

    private Section findings(PlanInput in) {
        List<Block> b = new ArrayList<>();
        List<Finding> findings = in.findings();
        if (findings == null) {
            b.add(Text.plain(t("未能读取审查结果。", "No review is available.")));
        } else if (findings.isEmpty()) {
            b.add(Text.plain(t("规划文本审查发现均已处理，无待处理事项。", "Every review finding has been dealt with.")));
        } else {
            b.add(Text.plain(
                    en
                            ? findings.size()
                                    + " findings of the review of the plan text are still open (not dismissed by a"
                                    + " planner)."
                            : "规划文本审查发现中尚有" + findings.size() + "项未处理（未经规划人员排除）。"));
            List<List<@Nullable Object>> rows = new ArrayList<>();
            int n = 0;
            for (Finding f : findings) {
                rows.add(Arrays.asList(
                        ++n,
                        severity(f.severity()),
                        en ? f.messageEn() : f.messageZh(),
                        f.evidence().get(0).line()));
            }
            b.add(new Table(
                    t("表8 未处理的审查发现", "Table 8 Open review findings"),
                    List.of(t("序号", "No."), t("严重程度", "Severity"), t("说明", "Finding"), t("行号", "Line")),
                    List.of(1, 2, 12, 1),
                    rows));
        }
        return new Section(t("五、审查发现", "5. Review findings"), t("审查发现", "Findings"), b);
    }

    private String severity(Severity s) {
        return switch (s) {
            case ERROR -> t("错误", "error");
            case WARNING -> t("警告", "warning");
            case INFO -> t("提示", "info");
        };
    }

    /** Targets below on track, ranked: binding first, then deterioration, limited progress, acceleration. */
    static List<EvaluatedTarget> belowOnTrack(PlanEvaluation e) {
        return e.targets().stream()
                .filter(t -> t.evaluation().status().belowOnTrack())
                .sorted(Comparator.comparingInt(ReportBuilder::rank))
                .toList();
    }

    private static int rank(EvaluatedTarget t) {
        int binding = t.target().spec().attribute() == IndicatorNature.BINDING ? 0 : 10;
        return binding
                + switch (t.evaluation().status()) {
                    case DETERIORATION -> 1;
                    case LIMITED_PROGRESS -> 2;
                    default -> 3;
                };
    }

    /**
     * One problem of 存在问题: the targets below pace of one indicator, worst first. A plan states an indicator
     * in its table and again in its prose (常住人口城镇化率 in both, 全旗常住人口城镇化率 in a third place), so targets
     * of one catalog indicator (or, unlinked, of one name) are one problem, named after its worst target.
     */
    record Problem(List<EvaluatedTarget> targets) {

        Problem {
            targets = List.copyOf(targets);
        }

        EvaluatedTarget worst() {
            return targets.get(0);
        }

        boolean binding() {
            return targets.stream().anyMatch(t -> t.target().spec().attribute() == IndicatorNature.BINDING);
        }

        /** The source lines of its targets, in order, each once. */
        List<Integer> lines() {
            return targets.stream()
                    .map(t -> t.target().line())
                    .filter(l -> l > 0)
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    /** Targets (ranked as {@link #belowOnTrack}) grouped by the indicator they measure, in the order of the worst. */
    static List<Problem> byIndicator(List<EvaluatedTarget> ranked) {
        Map<String, List<EvaluatedTarget>> groups = new LinkedHashMap<>();
        for (EvaluatedTarget t : ranked) {
            String code = t.target().indicatorCode();
            String key = code != null
                    ? "code:" + code
                    : "name:" + t.target().spec().indicator().replaceAll("\\s+", "");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        return groups.values().stream().map(Problem::new).toList();
    }

    /**
     * What a problem is: its status and why, once for targets that say the same (a table row and a prose
     * target alike), else each target with its figures; then the source lines (of one plan).
     */
    private String assessment(
            Problem p, java.util.function.Function<EvaluatedTarget, String> prefix, boolean withLines) {
        Map<String, EvaluatedTarget> distinct = new LinkedHashMap<>();
        for (EvaluatedTarget t : p.targets()) {
            TargetEvaluation v = t.evaluation();
            String said =
                    prefix.apply(t) + status(v.status()) + t("。", ". ") + (en ? v.explanationEn() : v.explanation());
            distinct.putIfAbsent(said, t);
        }
        StringBuilder out = new StringBuilder();
        if (distinct.size() == 1) {
            out.append(distinct.keySet().iterator().next());
        } else {
            int i = 0;
            for (Map.Entry<String, EvaluatedTarget> d : distinct.entrySet()) {
                out.append(i == 0 ? "" : t("；", "; "))
                        .append(t("（", "("))
                        .append(++i)
                        .append(t("）", ") "))
                        .append(targetText(d.getValue().target().spec()))
                        .append(t("：", ": "))
                        .append(d.getKey());
            }
        }
        List<Integer> lines = p.lines();
        if (withLines && !lines.isEmpty()) {
            out.append(
                    en
                            ? " (line" + (lines.size() > 1 ? "s " : " ")
                                    + String.join(
                                            ", ",
                                            lines.stream().map(String::valueOf).toList()) + ")"
                            : "（原文第"
                                    + String.join(
                                            "、",
                                            lines.stream().map(String::valueOf).toList()) + "行）");
        }
        return out.toString();
    }

    /** A target as a reader tells it from another of the same indicator: its value, year and baseline. */
    private String targetText(TargetSpec s) {
        String unit = s.unit() == null ? "" : s.unit();
        if (s.target() == null) {
            return t("目标", "target");
        }
        String target = en
                ? "target " + num(s.target().value()) + unit + " by "
                        + s.target().year()
                : "目标" + s.target().year() + "年" + num(s.target().value()) + unit;
        if (s.baseline() == null) {
            return target;
        }
        return target
                + (en
                        ? ", baseline " + num(s.baseline().value()) + unit + " in "
                                + s.baseline().year()
                        : "，基期" + s.baseline().year() + "年" + num(s.baseline().value()) + unit);
    }

    private Section problems(PlanInput in) {
        List<Block> b = new ArrayList<>();
        List<Problem> off = byIndicator(belowOnTrack(in.evaluation()));
        List<TaskStatusView> delayed = in.tasks().stream()
                .filter(v -> v.latest() != null && v.latest().status() == org.lantu.monitor.TaskState.DELAYED)
                .toList();
        if (off.isEmpty() && delayed.isEmpty()) {
            b.add(Text.plain(t("未发现未达进度的指标或滞后的任务。", "No target is below pace and no task is delayed.")));
        }
        int n = 0;
        for (Problem p : off) {
            b.add(new Text(
                    ++n + ". " + (p.binding() ? t("【约束性】", "[binding] ") : "")
                            + p.worst().target().spec().indicator()
                            + t("：", ": ") + assessment(p, t -> "", true),
                    Style.ITEM));
        }
        for (TaskStatusView v : delayed) {
            b.add(new Text(
                    ++n + ". " + t("任务滞后：", "Task delayed: ") + shorten(v.text(), 60) + t("（", " (") + lead(v)
                            + t("）", ")"),
                    Style.ITEM));
        }
        return new Section(t("六、存在问题", "6. Problems"), t("存在问题", "Problems"), b);
    }

    private Section suggestions(PlanInput in) {
        List<Block> b = new ArrayList<>();
        b.add(new Text(
                t(
                        "以下为系统生成的建议，供参考：由监测缺口自动推算，须经规划人员研究确认。",
                        "Suggestions generated by the system, for reference: derived from the gaps, to be weighed by"
                                + " planners."),
                Style.NOTE));
        int n = 0;
        for (Problem p : byIndicator(belowOnTrack(in.evaluation()))) {
            // one suggestion per indicator, as in 存在问题: each distinct pace once
            List<String> paces = p.targets().stream()
                    .map(t -> pace(t.target().spec(), t.evaluation()).replaceFirst("[。.]$", ""))
                    .distinct()
                    .toList();
            b.add(new Text(
                    ++n + ". " + p.worst().target().spec().indicator() + t("：", ": ") + String.join(t("；", "; "), paces)
                            + t("。", "."),
                    Style.NOTE));
        }
        List<String> noData = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>();
        for (EvaluatedTarget t : in.evaluation().targets()) {
            if (t.evaluation().status() == EvaluationStatus.INSUFFICIENT_DATA) {
                noData.add(t.target().spec().indicator());
                if (t.target().reportingUnit() != null) {
                    units.add(t.target().reportingUnit());
                }
            }
        }
        if (!noData.isEmpty()) {
            b.add(new Text(
                    ++n + ". "
                            + (en
                                    ? noData.size() + " targets have no reading after their baseline; ask "
                                            + (units.isEmpty() ? "the reporting departments" : String.join(", ", units))
                                            + " to report them."
                                    : noData.size() + "项指标缺少基期后的监测数据，建议督促"
                                            + (units.isEmpty() ? "相关部门" : String.join("、", units)) + "按期报送。"),
                    Style.NOTE));
        }
        long unreported = in.tasks().stream()
                .filter(TaskStatusView::unreportedForTwoPeriods)
                .count();
        if (unreported > 0) {
            b.add(new Text(
                    ++n + ". "
                            + (en
                                    ? unreported + " tasks have had no progress report for two years or more; ask their"
                                            + " lead units to report."
                                    : unreported + "项任务连续两期以上未报送进展，建议督促牵头单位报送。"),
                    Style.NOTE));
        }
        if (n == 0) {
            b.add(new Text(t("各项指标均达到进度要求，建议保持现有工作力度。", "Every target is on pace; keep the effort."), Style.NOTE));
        }
        return new Section(t("七、下一步工作建议", "7. Suggestions"), t("工作建议", "Suggestions"), b);
    }

    private String pace(TargetSpec s, TargetEvaluation v) {
        String unit = s.unit() == null ? "" : s.unit();
        String target = s.target() == null ? "" : num(s.target().value()) + unit;
        String year = s.target() == null ? "" : String.valueOf(s.target().year());
        if (v.status() == EvaluationStatus.DETERIORATION && v.method() == EvaluationMethod.BOUND) {
            return t(
                    "已突破底线约束，建议立即查明原因并采取措施恢复至" + target + "以内或以上。",
                    "the bound is broken; find the cause and restore it to " + target + ".");
        }
        if (v.requiredPace() != null && s.target() != null) {
            return en
                    ? String.format(
                            Locale.ROOT,
                            "to reach %s by %s it must now grow %.1f%% a year; suggest stronger measures and a yearly"
                                    + " follow-up.",
                            target,
                            year,
                            100 * v.requiredPace())
                    : String.format(
                            Locale.ROOT,
                            "要在%s年达到%s，此后需年均增长%.1f%%，建议加大推进力度并逐年跟踪。",
                            year,
                            target,
                            100 * v.requiredPace());
        }
        if (v.requiredStep() != null && s.target() != null) {
            return en
                    ? String.format(
                            Locale.ROOT,
                            "to reach %s by %s it must change by %s %s a year.",
                            target,
                            year,
                            num(BigDecimal.valueOf(v.requiredStep())),
                            unit)
                    : String.format(
                            Locale.ROOT,
                            "要在%s年达到%s，此后每年需提高%s%s，建议加大推进力度。",
                            year,
                            target,
                            num(BigDecimal.valueOf(Math.abs(v.requiredStep()))),
                            unit);
        }
        if (s.target() != null && v.latest() != null) {
            // the target year has come (no pace is left to ask for): name the gap that remains
            YearValue last = v.latest();
            String gap = num(s.target().value().subtract(last.value()).abs()) + unit;
            return en
                    ? String.format(
                            Locale.ROOT,
                            "%s was due by %s; the latest value is %s%s (%d), %s short; analyse the causes and set"
                                    + " measures.",
                            target,
                            year,
                            num(last.value()),
                            unit,
                            last.year(),
                            gap)
                    : String.format(
                            Locale.ROOT,
                            "目标为%s年达到%s，最新值%s%s（%d年），尚差%s，建议分析原因、明确措施。",
                            year,
                            target,
                            num(last.value()),
                            unit,
                            last.year(),
                            gap);
        }
        return t("建议分析原因、明确措施并加强跟踪。", "analyse the causes, set measures and follow up.");
    }

    private Section appendix(List<PlanEvaluation> evaluations) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(t("数据来源", "Data sources")));
        int year = evaluations.isEmpty() ? today.getYear() : evaluations.get(0).year();
        b.add(new Text(
                t(
                        "指标观测值：监测系统中经审核（已批准）的年度观测值，截至" + year + "年；",
                        "Observations: the approved yearly observations in the monitoring system, up to " + year + ";"),
                Style.ITEM));
        b.add(new Text(
                t(
                        "基期值、目标值、属性：规划文本（经规划人员更正后的最新版本）；",
                        "Baselines, targets and natures: the plan text (its latest version, with planners' corrections);"),
                Style.ITEM));
        b.add(new Text(
                t(
                        "任务进展：各牵头单位报送的任务进展；项目投资：重大项目台账；",
                        "Task progress: the lead units' reports; investment: the register of major projects;"),
                Style.ITEM));
        b.add(new Text(
                t(
                        "审查发现：系统对规划文本的自动审查，及规划人员的处理决定。",
                        "Review findings: the automatic review of the plan text and planners' decisions on them."),
                Style.ITEM));
        b.add(new Heading(t("评估方法", "Evaluation method")));
        b.add(Text.plain(t(
                "进度比R为实际进展与按期实现目标所需进展之比（R=1即恰好按计划）：R≥0.95为进展顺利，0.60≤R<0.95为需加快推进，"
                        + "0≤R<0.60为进展有限，R<0为出现倒退；R≥1.05为快于预期，0.95≤R<1.05为基本符合预期。",
                "The ratio R is observed progress over the progress needed to reach the target on time (R = 1: exactly on"
                        + " pace): R ≥ 0.95 on track, 0.60 ≤ R < 0.95 needs acceleration, 0 ≤ R < 0.60 limited"
                        + " progress, R < 0 deterioration; R ≥ 1.05 ahead of expectations.")));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        Map<EvaluationMethod, Integer> used = new LinkedHashMap<>();
        for (EvaluationMethod m : EvaluationMethod.values()) {
            used.put(m, 0);
        }
        for (PlanEvaluation e : evaluations) {
            for (EvaluatedTarget t : e.targets()) {
                if (t.evaluation().method() != null) {
                    used.merge(t.evaluation().method(), 1, Integer::sum);
                }
            }
        }
        for (EvaluationMethod m : EvaluationMethod.values()) {
            rows.add(Arrays.asList(en ? m.en() : m.zh(), methodText(m), used.get(m)));
        }
        b.add(new Table(
                t("附表 评估方法", "Appendix table Methods"),
                List.of(t("方法", "Method"), t("说明", "How"), t("使用次数（项）", "Targets")),
                List.of(3, 10, 2),
                rows));
        return new Section(t("附录 数据来源与评估方法", "Appendix: data sources and method"), t("附录", "Appendix"), b);
    }

    private String methodText(EvaluationMethod m) {
        return switch (m) {
            case CAGR ->
                t(
                        "自基期以来的实际年均增速与实现目标所需年均增速之比，R=实际增速/所需增速",
                        "observed compound annual growth since the baseline over the growth needed: R = g / r");
            case LINEAR ->
                t(
                        "已完成距离占比与已过时间占比之比（数值为零或变号时使用）",
                        "share of the distance covered over the share of time elapsed (zero or sign-changing series)");
            case GROWTH ->
                t("实际年均增速与目标增速之比（年均增长X%类目标）", "observed average annual growth over the target rate (grow X% a year)");
            case CUMULATIVE ->
                t(
                        "累计完成量占比与时间进度之比（累计类目标）",
                        "share of the period total achieved over the share of time elapsed (cumulative targets)");
            case BOUND ->
                t(
                        "上限、下限或基期已满足的目标：守住为进展顺利，突破为出现倒退",
                        "a ceiling, a floor or a target the baseline meets: held is on track, broken is deterioration");
            case MANUAL -> t("定性目标由规划人员评定并说明理由", "qualitative targets, set by a planner with a reason");
        };
    }

    // ---------------------------------------------------------------- a league or region

    /** A county's row of the comparison. */
    public record CountyRow(String county, List<PlanEvaluation> evaluations, StatusCounts counts) {}

    /** The report of every county under a unit: comparison, ranking, domains, warnings, each plan's table. */
    public ReportModel region(String unitName, List<PlanEvaluation> evaluations, @Nullable Integer requestedYear) {
        int year = requestedYear != null
                ? requestedYear
                : evaluations.stream().mapToInt(PlanEvaluation::year).max().orElse(today.getYear());
        String title = en
                ? unitName + " — " + kindName() + " of the counties"
                : unitName + "所辖旗县规划实施" + (midterm ? "中期评估报告" : "监测报告");
        String subtitle = en ? "Year " + year : year + "年度";
        Map<String, List<PlanEvaluation>> byCounty = new TreeMap<>();
        for (PlanEvaluation e : evaluations) {
            byCounty.computeIfAbsent(Objects.requireNonNullElse(e.unitName(), "—"), k -> new ArrayList<>())
                    .add(e);
        }
        List<CountyRow> counties = new ArrayList<>();
        byCounty.forEach((k, v) -> counties.add(new CountyRow(
                k,
                v,
                StatusCounts.of(v.stream()
                        .flatMap(p -> p.targets().stream())
                        .map(EvaluatedTarget::evaluation)
                        .toList()))));
        counties.sort(Comparator.comparing(
                        (CountyRow r) -> r.counts().onTrackShare(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(CountyRow::county));
        StatusCounts all = StatusCounts.of(evaluations.stream()
                .flatMap(p -> p.targets().stream())
                .map(EvaluatedTarget::evaluation)
                .toList());
        List<String> meta = List.of(
                t("单位：", "Unit: ") + unitName,
                t("旗县数：", "Counties: ") + counties.size() + t("；规划数：", "; plans: ") + evaluations.size(),
                t("监测年度：", "Year reported: ") + year,
                t("生成日期：", "Generated: ") + today + t("（蓝图规划监测系统）", " (Lantu plan monitoring)"));
        List<Section> sections = new ArrayList<>();

        List<Block> overall = new ArrayList<>();
        overall.add(Text.plain(
                en
                        ? String.format(
                                Locale.ROOT,
                                "%d plans of %d counties under %s are monitored, with %d targets: %d achieved, %d on track, %d"
                                        + " at risk, %d off track, %d without data.",
                                evaluations.size(),
                                counties.size(),
                                unitName,
                                all.total(),
                                all.achieved(),
                                all.onTrack(),
                                all.atRisk(),
                                all.offTrack(),
                                all.noData())
                        : String.format(
                                Locale.ROOT,
                                "%s所辖%d个旗县的%d部规划纳入监测，共%d项目标：已实现%d项、进展顺利%d项、需关注%d项、滞后%d项、数据不足或待评定%d项。",
                                unitName,
                                counties.size(),
                                evaluations.size(),
                                all.total(),
                                all.achieved(),
                                all.onTrack(),
                                all.atRisk(),
                                all.offTrack(),
                                all.noData())));
        overall.add(countsTable(t("表1 目标总体进展", "Table 1 Overall progress of the targets"), all));
        sections.add(new Section(t("一、总体情况", "1. Overall progress"), t("总体情况", "Overall"), overall));

        List<Block> compare = new ArrayList<>();
        compare.add(Text.plain(t(
                "各旗县按已评估目标中已实现或进展顺利的占比（达标率）排名；无已评估目标的旗县列于最后。",
                "Counties ranked by the share of assessed targets achieved or on track; those with none assessed come"
                        + " last.")));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        int rank = 0;
        Map<String, StatusCounts> chartGroups = new LinkedHashMap<>();
        for (CountyRow r : counties) {
            StatusCounts c = r.counts();
            List<@Nullable Object> row =
                    new ArrayList<>(Arrays.asList(c.onTrackShare() == null ? null : ++rank, r.county()));
            row.add(r.evaluations().size());
            row.addAll(statusCells(c));
            rows.add(row);
            chartGroups.put(r.county(), c);
        }
        compare.add(new Table(
                t("表2 旗县比较与排名", "Table 2 Counties compared and ranked"),
                Stream.concat(
                                Stream.of(t("排名", "Rank"), t("旗县", "County"), t("规划数（部）", "Plans")),
                                statusHeaders().stream())
                        .toList(),
                List.of(1, 3, 2, 2, 2, 2, 2, 2, 2, 2),
                rows));
        if (!chartGroups.isEmpty()) {
            String caption = t("图1 各旗县目标进展", "Figure 1 Targets by county and status");
            compare.add(new Chart(
                    caption,
                    charts.statusBars(t("旗县", "County"), chartGroups),
                    Charts.WIDTH,
                    Charts.statusBarsHeight(chartGroups.size())));
        }
        sections.add(new Section(t("二、旗县比较", "2. Counties compared"), t("旗县比较", "Counties"), compare));

        List<Block> domains = new ArrayList<>();
        Map<String, StatusCounts> byDomain =
                EvaluationService.rollUp(evaluations, t -> t.target().domain());
        List<List<@Nullable Object>> drows = new ArrayList<>();
        byDomain.forEach((k, c) -> {
            List<@Nullable Object> row = new ArrayList<>();
            row.add(k.isEmpty() ? t("（未分类）", "(none)") : k);
            row.addAll(statusCells(c));
            drows.add(row);
        });
        domains.add(new Table(
                t("表3 分领域目标进展", "Table 3 Targets by domain"),
                Stream.concat(Stream.of(t("领域", "Domain")), statusHeaders().stream())
                        .toList(),
                List.of(4, 2, 2, 2, 2, 2, 2, 2),
                drows));
        if (!byDomain.isEmpty()) {
            String caption = t("图2 分领域目标进展", "Figure 2 Targets by domain and status");
            domains.add(new Chart(
                    caption,
                    charts.statusBars(t("领域", "Domain"), byDomain),
                    Charts.WIDTH,
                    Charts.statusBarsHeight(byDomain.size())));
        }
        sections.add(new Section(t("三、分领域情况", "3. Domains"), t("分领域", "Domains"), domains));

        List<Block> warnings = new ArrayList<>();
        List<List<@Nullable Object>> wrows = new ArrayList<>();
        for (CountyRow r : counties) {
            // the targets warned about, one row per county and indicator (a table row and a prose target of
            // one indicator, or the same indicator in two plans of the county, are one problem)
            Set<Long> warned = new java.util.HashSet<>();
            Map<Long, String> planOf = new java.util.HashMap<>();
            List<EvaluatedTarget> targets = new ArrayList<>();
            for (PlanEvaluation e : r.evaluations()) {
                for (Warning w : EvaluationService.targetWarnings(e)) {
                    warned.add(w.itemId());
                }
                for (EvaluatedTarget t : e.targets()) {
                    planOf.put(t.target().itemId(), e.title());
                    targets.add(t);
                }
            }
            List<EvaluatedTarget> ranked = targets.stream()
                    .filter(t -> warned.contains(t.target().itemId()))
                    .sorted(Comparator.comparingInt(ReportBuilder::rank))
                    .toList();
            for (Problem p : byIndicator(ranked)) {
                boolean plans = p.targets().stream()
                                .map(t -> planOf.get(t.target().itemId()))
                                .distinct()
                                .count()
                        > 1;
                wrows.add(Arrays.asList(
                        r.county(),
                        (p.binding() ? t("【约束性】", "[binding] ") : "")
                                + p.worst().target().spec().indicator(),
                        assessment(
                                p,
                                t -> plans
                                        ? (en ? "" : "《")
                                                + planOf.get(t.target().itemId())
                                                + t("》", ": ")
                                        : "",
                                !plans)));
            }
        }
        if (wrows.isEmpty()) {
            warnings.add(Text.plain(t("各旗县均无预警指标。", "No county has a target to warn about.")));
        } else {
            warnings.add(new Table(
                    t("表4 预警指标", "Table 4 Warnings"),
                    List.of(t("旗县", "County"), t("指标", "Indicator"), t("说明", "Why")),
                    List.of(2, 4, 10),
                    wrows));
        }
        sections.add(new Section(t("四、存在问题", "4. Problems"), t("存在问题", "Problems"), warnings));

        List<Block> each = new ArrayList<>();
        for (CountyRow r : counties) {
            for (PlanEvaluation e : r.evaluations()) {
                each.add(new Heading(r.county() + " · " + e.title()));
                List<List<@Nullable Object>> trows = new ArrayList<>();
                for (EvaluatedTarget t : e.targets()) {
                    TargetSpec s = t.target().spec();
                    TargetEvaluation v = t.evaluation();
                    trows.add(Arrays.asList(
                            s.indicator(),
                            s.unit(),
                            s.baseline() == null ? null : s.baseline().value(),
                            s.target() == null ? null : s.target().value(),
                            v.latest() == null ? null : v.latest().value(),
                            v.latest() == null ? null : v.latest().year(),
                            status(v.status())));
                }
                each.add(new Table(
                        r.county() + t("主要指标", " main indicators"),
                        List.of(
                                t("指标", "Indicator"),
                                t("单位", "Unit"),
                                t("基期值", "Baseline"),
                                t("目标值", "Target"),
                                t("最新值", "Latest"),
                                t("年份", "Year"),
                                t("状态", "Status")),
                        List.of(6, 2, 2, 2, 2, 2, 3),
                        trows));
            }
        }
        sections.add(new Section(t("五、各旗县主要指标", "5. Each county's indicators"), t("各旗县指标", "County indicators"), each));

        List<Block> sug = new ArrayList<>();
        sug.add(new Text(t("以下为系统生成的建议，供参考。", "Suggestions generated by the system, for reference."), Style.NOTE));
        int n = 0;
        for (CountyRow r : counties) {
            if (r.counts().offTrack() + r.counts().atRisk() > 0) {
                sug.add(new Text(
                        ++n + ". " + r.county()
                                + (en
                                        ? ": "
                                                + (r.counts().offTrack()
                                                        + r.counts().atRisk())
                                                + " targets below pace; ask for a plan of measures."
                                        : "："
                                                + (r.counts().offTrack()
                                                        + r.counts().atRisk()) + "项目标未达进度，建议督促制定整改措施。"),
                        Style.NOTE));
            }
            if (r.counts().total() > 0 && r.counts().noData() * 2 > r.counts().total()) {
                sug.add(new Text(
                        ++n + ". " + r.county()
                                + t(
                                        "：过半目标缺少监测数据，建议加强数据报送。",
                                        ": over half of the targets lack data; improve reporting."),
                        Style.NOTE));
            }
        }
        sections.add(new Section(t("六、下一步工作建议", "6. Suggestions"), t("工作建议", "Suggestions"), sug));
        sections.add(appendix(evaluations));
        return new ReportModel(title, subtitle, meta, sections, en);
    }

    // ---------------------------------------------------------------- helpers

    private String status(EvaluationStatus s) {
        return en ? s.en() : s.zh();
    }

    /** A share as a percentage rounded to one decimal. */
    static double pct(double share) {
        return BigDecimal.valueOf(100 * share).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    static String num(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    /** The file name's base: the unit, the kind, the year. */
    public static String baseName(@Nullable String unit, ReportRequest request, int year) {
        String kind = request.kind() == ReportRequest.Kind.MIDTERM ? "midterm" : "annual";
        String u = unit == null ? "plan" : unit.replaceAll("[\\\\/:*?\"<>|\\s]+", "");
        return u + "-" + kind + "-" + year;
    }

    static @Nullable YearValue last(List<YearValue> series) {
        return series.isEmpty() ? null : series.get(series.size() - 1);
    }

    /** The status columns of a comparison table: targets, each status's count, the on-track share. */
    private List<String> statusHeaders() {
        return List.of(
                t("目标数（项）", "Targets"),
                t("已实现（项）", "Achieved"),
                t("进展顺利（项）", "On track"),
                t("需关注（项）", "At risk"),
                t("滞后（项）", "Off track"),
                t("数据不足（项）", "No data"),
                t("达标率（%）", "On track (%)"));
    }

    private List<@Nullable Object> statusCells(StatusCounts c) {
        return Arrays.asList(
                c.total(),
                c.achieved(),
                c.onTrack(),
                c.atRisk(),
                c.offTrack(),
                c.noData(),
                c.onTrackShare() == null ? null : pct(c.onTrackShare()));
    }
}
