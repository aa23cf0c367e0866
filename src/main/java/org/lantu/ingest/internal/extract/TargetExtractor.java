package org.lantu.ingest.internal.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.internal.doc.Block;
import org.lantu.ingest.internal.doc.Paragraph;
import org.lantu.ingest.internal.doc.RawBlock;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;
import org.lantu.ingest.internal.structure.Locations;
import org.lantu.ingest.internal.structure.SectionNode;
import org.lantu.ingest.internal.structure.StructuredDocument;
import org.lantu.plan.Comparator;
import org.lantu.plan.PlanPeriod;
import org.lantu.plan.SourceLocation;
import org.lantu.plan.Target;
import org.lantu.plan.TargetKind;

/**
 * Finds the quantitative targets written in prose: {@code 到2025年，县城污水处理率达到95%以上}, {@code
 * 森林覆盖率、植被覆盖度分别达到19.24%和75%} (two targets), {@code 地区生产总值年均增速达到6%左右}.
 *
 * <p>How a paragraph is read:
 *
 * <ol>
 *   <li>Paragraphs under headings about the past (发展基础, 发展成就, 面临形势 …) are skipped, and so are
 *       sentences that report rather than plan: a past cue (截至, 近年来, “十三五”, “十四五”以来, 已 …) or a year
 *       before the plan period, without a cue of the future (到2025年, 力争, 确保, 目标 …).
 *   <li>A sentence is cut into clauses at ，；： (full- or half-width, outside brackets), and at a 、 that follows
 *       a figure (焦炭超过1000万吨、甲醇130万吨).
 *   <li>A figure is a number with its unit and the words around it ({@link Figures#comparator}). It is left
 *       out when it is a year, a range (3-5座), a ratio (6:70:24), inside quotation marks (“10分钟健身圈”), part
 *       of a code (G109, 5G), or when it qualifies the noun after it (15年以上供热管网, 100%的嘎查村): a target
 *       figure closes its clause.
 *   <li>A figure is a target when a target verb comes right before it (达到, 突破, 超过, 保持在, 控制在, 不低于,
 *       提高到, 年均增长 …), or when it closes a clause that names an indicator (…率, …面积, …产量, …存栏),
 *       carries a comparator word (以上, 以内, 左右) or continues a list of targets. Task quantities (建设公共实训基地1处,
 *       培育龙头企业10家) are not targets.
 *   <li>Figures joined by 和, 、, 与 after one verb (分别达到57969元和31350元) are one target each; the indicator is
 *       split when it lists as many names (森林覆盖率、植被覆盖度) or starts with 城乡 (城镇…, 农村…).
 * </ol>
 *
 * <p>The year is the one the clause states (到2025年, 2023-2025年 → 2025, “十四五”时期 → 2025), else the last
 * one stated earlier in the paragraph, else the target year of the heading it sits under, else null. 年均提高1%左右
 * （约为67%） gives two targets: the annual rise (annual_growth, about 1%) and the level it leads to (about 67%).
 * Qualitative targets (达到全市要求) have no figure and are not extracted here.
 */
public final class TargetExtractor {

    /** Headings whose content describes the past or the situation, not goals. */
    private static final Pattern PAST_SECTION =
            Pattern.compile("发展基础|发展成就|发展成效|发展回顾|发展现状|现实基础|基本情况|工作回顾|面临形势|发展形势|发展环境|面临的?机遇|面临的?挑战|取得的成绩|主要成绩");

    /**
     * A number with its unit: a unit of {@link Figures#UNIT} first (亿度, 万亩), else a magnitude with an optional
     * 余 and unit (1.6万余台, 500万KW); then a comparator word.
     */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.])(?<num>\\d+(?:\\.\\d+)?) ?"
            + "(?:(?<unit>" + Figures.UNIT + ")|(?<mag>万|亿|千)(?<more>余)?(?<munit>" + Figures.UNIT + ")?)?"
            + "(?<per>/[\\p{IsHan}A-Za-z]{1,3}(?![\\p{IsHan}A-Za-z]))?"
            + "(?<suffix>及以上|及以下|以上|以下|以内|之内|左右|上下)?");
    /** A year in Chinese numerals: 二〇二五年. */
    private static final Pattern CHINESE_YEAR = Pattern.compile("([一二〇零○][〇零○一二三四五六七八九]{3})年");

    private static final Pattern YEAR_AT_START = Pattern.compile("^((?:19|20)\\d{2})\\s*年(?:底|末)?");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR_RANGE =
            Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?:年)?\\s*[-—–～~至到]\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern TO_YEAR = Pattern.compile("(?:到|至|于|截至|截止)((?:19|20)\\d{2})\\s*年");
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六七八九])五");
    private static final String NUMERALS = "一二三四五六七八九";

    /** Cues of a goal; a sentence with one is not a report of the past (words are looked up, not matched). */
    private static final String[] FUTURE_WORDS = {"力争", "争取", "确保", "目标", "预计", "预期", "计划", "将", "努力"};

    private static final Pattern FUTURE_YEAR = Pattern.compile("(?:到|至)(?:(?:19|20)\\d{2}|[一二][〇零○一二三四五六七八九]{3})\\s*年"
            + "|(?:19|20)\\d{2}\\s*[-—–～~至]\\s*(?:19|20)\\d{2}\\s*年");
    private static final Pattern FUTURE_PLAN = Pattern.compile("十[四五六七]五”?(?!以来)");
    /** Cues of a report of the past or the present state. */
    private static final String[] PAST_WORDS = {
        "截至", "截止", "近年来", "以来", "已经", "十二五", "过去", "此前", "同比", "比上年", "较上年", "目前", "现有", "现状", "基期", "仅为", "仅占", "仅有",
        "只有", "不足", "尚有", "尚未"
    };

    private static final Pattern PAST_MARK = Pattern.compile("已(?!有)|十[一二三]五");
    /** A year that only serves as reference point (比2020年提高20%) or qualifier (2005年前建成). */
    private static final Pattern REFERENCE_YEAR_BEFORE = Pattern.compile("(比|较|与|同|从|由|自|以|于|在)$");

    /** Verbs that put a target figure right after them, longest first where one ends another. */
    private static final Pattern VERB_TAIL = Pattern.compile("(?:分别|均|都|全部|总计|合计|力争)?"
            + "(年均增速达到|年均增速保持在|年均增速为|年均增长达到|年均增长达|年均增长|年均提高|年均提升|年均下降|年均降低|年均增速|"
            + "达到|达|突破|超过|超|保持在|保持|稳定在|稳定|控制在|不低于|不少于|不超过|不高于|不大于|不小于|至少|高于|低于|大于|小于|"
            + "提高到|提升到|提高至|提升至|增加到|增加至|增长到|增长至|增至|扩大到|扩大至|降低到|降低至|下降到|下降至|降至|减少到|减少至|"
            + "调整到|调整为|提高|提升|增长|增加|降低|下降|减少|缩小|压缩|约为|约|为|近|接近|≥|≤|>|<|>=|<=|=)"
            + "(?:约|近)?$");

    /** Words that end an indicator name, for figures without a verb (草原黄牛存栏2万头左右). */
    private static final Pattern MEASURABLE =
            Pattern.compile("(率|比重|比例|占比|比|度|量|数|额|值|收入|产值|面积|规模|产能|能力|装机|容量|里程|长度|总量|产量|存栏|出栏|就业|人数|"
                    + "人次|水平|指数|增速|增幅|降幅|投资|支出|效益|寿命|密度|储量|用量|排放|人口|消费|税收|利润|产出|时限|年限|天数|床位|托位)$");

    /** Names that are rates by their form: 每千人拥有执业（助理）医师, 人均公园绿地. */
    private static final Pattern PER_CAPITA = Pattern.compile("^(?:全[县旗市区])?(?:每[千万百十]?[人户]|人均|户均|亩均|每万|每千|每百)");

    /** Verbs of a task rather than a target: 建设公共实训基地1处, 培育龙头企业10家. */
    private static final Pattern TASK_VERB =
            Pattern.compile("^(建设|新建|建成|改建|扩建|增建|新改建|打造|培育|创建|实施|完成|改造|引进|开展|举办|编制|招收|配备|配齐|设立|布局|推进|推动|"
                    + "修建|铺设|安装|组建|成立|争创|认定|申报|扶持|规划建设|启动)");

    /** The money of a project list (总投资 …), as opposed to an investment target. */
    private static final Pattern PROJECT_MONEY = Pattern.compile("^(总投资|计划投资|估算投资|投资)$");

    /** Units that count things built or set up: with a task verb they are project quantities. */
    private static final Pattern COUNT_UNIT = Pattern.compile("^万?(个|处|座|所|家|户|条|项|台|套|辆|张|件|栋|间|种|批)$");

    private static final Pattern LEADING =
            Pattern.compile("^(?:(?:到|至)?(?:(?:19|20)\\d{2}|[一二][〇零○一二三四五六七八九]{3})\\s*年(?:底|末|前)?"
                    + "|(?:19|20)\\d{2}\\s*[-—–～~至]\\s*(?:19|20)\\d{2}\\s*年|“?十[一二三四五六七八九]五”?(?:时期|期间|末|规划期)?"
                    + "|\\d{1,2}[.、．](?!\\d)|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|——|—"
                    + "|力争|争取|确保|努力|计划|预计|目标是|目标|推动|实现|形成|使|让|其中|同时|并且|并|且|以及|及|和|逐步|稳步|持续|进一步|继续"
                    + "|[，,、：:\\s])+");
    private static final Pattern TRAILING = Pattern.compile("(?:(?:比|较)(?:19|20)\\d{2}\\s*年(?:底|末)?|(?:比|较)上年"
            + "|分别|均|都|全部|力争|要|将|预计|大幅|明显|显著|稳步|持续|不断|进一步|[，,、\\s])+$");
    /** A year written just before its figure: 提高到2025年的62%. */
    private static final Pattern YEAR_OF_FIGURE = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:底|末)?的$");
    /** The baseline of a 由…提高到… clause: 由2020年的55%. */
    private static final Pattern FROM_BASELINE =
            Pattern.compile("(?:由|从)(?:(?:19|20)\\d{2}\\s*年(?:底|末)?的?)?\\d[^，,；;]*$");

    private static final Pattern PREDICATE_TAIL =
            Pattern.compile("(?:大幅|明显|显著|稳步|持续|不断|进一步|逐步)?(?:增加|提高|提升|增长|扩大|改善|增强|壮大)$");
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:继续|进一步|不断|大力|积极)?(?:扩大|提高|提升|增加|壮大|做大)");

    private static final Pattern BRACKETS_ONLY = Pattern.compile("(?:[（()）\\[\\]〔〕]|以上|以下|以内|左右|上下)*");

    private static final String SENTENCE_BREAKS = "。！？!?";
    /** How many characters before a figure are read for its verb and indicator. */
    private static final int CONTEXT = 120;

    private static final String OPEN = "（(〔[【";
    private static final String CLOSE = "）)〕]】";

    public List<Target> extract(StructuredDocument doc) {
        List<Target> out = new ArrayList<>();
        PlanPeriod period = doc.metadata().period();
        LineIndex lines = new LineIndex(doc.document().raw());
        Map<SectionNode, Boolean> past = new IdentityHashMap<>();
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Paragraph p) || doc.isFrontMatter(i)) {
                continue;
            }
            if (!hasDigit(p.text())) {
                continue;
            }
            SectionNode section = doc.sectionOf(i);
            boolean heading = doc.isPureHeading(i);
            if (heading && section != null && section.blockIndex() == i) {
                // a numbered item read as a heading (1.一般公共预算收入年均增长5%。) belongs to its parent
                section = section.parent();
            }
            if (section != null && past.computeIfAbsent(section, TargetExtractor::isPastSection)) {
                continue;
            }
            new ParagraphReader(p, section, period, lines, out, heading).read();
        }
        return out;
    }

    static boolean isPastSection(@Nullable SectionNode section) {
        for (SectionNode n = section; n != null; n = n.parent()) {
            if (PAST_SECTION.matcher(n.title()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A figure found in the paragraph text. */
    private record Fig(
            int start,
            int numberEnd,
            int end,
            BigDecimal value,
            @Nullable String unit,
            boolean more,
            @Nullable String suffix) {}

    /** A clause: a stretch of a sentence between clause breaks. */
    private record Clause(int start, int end, int sentence, int segment) {}

    /** Reads one paragraph. */
    private static final class ParagraphReader {

        private final Paragraph p;
        private final @Nullable SectionNode section;
        private final @Nullable PlanPeriod period;
        private final LineIndex lines;
        private final List<Target> out;
        private final String text;
        private final Set<String> seen = new HashSet<>();
        /** A heading states a target only with a verb or a comparator word (二、地区生产总值突破200亿元). */
        private final boolean heading;
        /** The indicator of the last target of the current sentence (…年均增长6.5%左右，到2025年达到200亿元). */
        private @Nullable String sentenceIndicator;

        private int sentenceOfIndicator = -1;
        private @Nullable ParagraphMap map;

        ParagraphReader(
                Paragraph p,
                @Nullable SectionNode section,
                @Nullable PlanPeriod period,
                LineIndex lines,
                List<Target> out,
                boolean heading) {
            this.p = p;
            this.heading = heading;
            this.section = section;
            this.period = period;
            this.lines = lines;
            this.out = out;
            this.text = p.text();
        }

        void read() {
            List<Fig> figures = figures();
            if (figures.isEmpty()) {
                return;
            }
            List<Clause> clauses = clauses(figures);
            @Nullable Integer carriedYear = null;
            int sentence = -1;
            boolean pastSentence = false;
            int previousAcceptedSegment = -1;
            int previousAcceptedClause = -2;
            boolean constructionLead = false;
            int leadSegment = -1;
            int fi = 0;
            for (int ci = 0; ci < clauses.size(); ci++) {
                Clause c = clauses.get(ci);
                if (c.sentence() != sentence) {
                    sentence = c.sentence();
                    pastSentence = isPast(sentenceText(clauses, ci));
                }
                String clauseText = text.substring(c.start(), c.end());
                @Nullable Integer stated = statedYear(clauseText);
                if (stated == null && clauseText.indexOf('年') > 0) {
                    // 2025年，… at the head of a clause, when it is not a year already past
                    Matcher y = YEAR_AT_START.matcher(clauseText.strip());
                    if (y.find()) {
                        int v = Integer.parseInt(y.group(1));
                        if (period != null && v >= period.from()) {
                            stated = v;
                        }
                    }
                }
                if (c.segment() != leadSegment) {
                    leadSegment = c.segment();
                    constructionLead = false;
                    // the first clause of a segment that is more than a time phrase sets its lead verb
                    String lead = LEADING.matcher(clauseText).replaceFirst("");
                    if (lead.isEmpty()
                            && ci + 1 < clauses.size()
                            && clauses.get(ci + 1).segment() == c.segment()) {
                        Clause next = clauses.get(ci + 1);
                        lead = LEADING.matcher(text.substring(next.start(), next.end()))
                                .replaceFirst("");
                    }
                    constructionLead = TASK_VERB.matcher(lead).find();
                }
                while (fi < figures.size() && figures.get(fi).start() < c.start()) {
                    fi++;
                }
                List<Fig> inClause = new ArrayList<>();
                for (int k = fi; k < figures.size() && figures.get(k).end() <= c.end(); k++) {
                    inClause.add(figures.get(k));
                }
                if (!pastSentence && stated != null) {
                    carriedYear = stated;
                }
                if (pastSentence || inClause.isEmpty()) {
                    continue;
                }
                boolean continuation = previousAcceptedSegment == c.segment() && previousAcceptedClause == ci - 1;
                @Nullable Integer year = stated != null ? stated : carriedYear;
                if (year == null && section != null) {
                    year = section.targetYear();
                }
                if (readClause(c, ci, clauses, inClause, year, continuation, constructionLead)) {
                    previousAcceptedSegment = c.segment();
                    previousAcceptedClause = ci;
                }
            }
        }

        private String sentenceText(List<Clause> clauses, int ci) {
            int s = clauses.get(ci).sentence();
            int start = clauses.get(ci).start();
            int end = clauses.get(ci).end();
            for (int k = ci; k < clauses.size() && clauses.get(k).sentence() == s; k++) {
                end = clauses.get(k).end();
            }
            return text.substring(start, end);
        }

        /** Whether a sentence reports the past rather than sets a goal. */
        private boolean isPast(String sentence) {
            if (containsAny(sentence, FUTURE_WORDS)
                    || sentence.indexOf('年') >= 0
                            && FUTURE_YEAR.matcher(sentence).find()
                    || sentence.indexOf('五') >= 0
                            && FUTURE_PLAN.matcher(sentence).find()) {
                return false;
            }
            if (containsAny(sentence, PAST_WORDS)
                    || (sentence.indexOf('已') >= 0 || sentence.indexOf('五') >= 0)
                            && PAST_MARK.matcher(sentence).find()) {
                return true;
            }
            if (sentence.indexOf('年') < 0) {
                return false;
            }
            if (period != null) {
                Matcher y = YEAR.matcher(sentence);
                while (y.find()) {
                    int year = Integer.parseInt(y.group(1));
                    boolean reference = REFERENCE_YEAR_BEFORE
                            .matcher(sentence.substring(Math.max(0, y.start() - 1), y.start()))
                            .find();
                    boolean qualifier = y.end() < sentence.length() && sentence.charAt(y.end()) == '前';
                    if (!reference && !qualifier && year < period.from()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Reads the figures of one clause; true when it gave a target. */
        private boolean readClause(
                Clause c,
                int ci,
                List<Clause> clauses,
                List<Fig> figs,
                @Nullable Integer year,
                boolean continuation,
                boolean constructionLead) {
            boolean accepted = false;
            int contextStart = c.start();
            @Nullable String lastIndicator = null;
            int k = 0;
            while (k < figs.size()) {
                // a group: figures joined by 和/、/与/及 (分别达到57969元和31350元)
                int g = k;
                while (g + 1 < figs.size() && joined(figs.get(g), figs.get(g + 1))) {
                    g++;
                }
                List<Fig> group = figs.subList(k, g + 1);
                k = g + 1;
                Fig first = group.get(0);
                Fig last = group.get(group.size() - 1);
                if (!closesClause(last, c)) {
                    continue;
                }
                // an indicator name is short: only the words just before the figure matter
                String pre = text.substring(Math.max(contextStart, first.start() - CONTEXT), first.start());
                @Nullable Integer yearOfFigure = null;
                Matcher ofYear = YEAR_OF_FIGURE.matcher(pre);
                if (ofYear.find()) {
                    // 由2020年的55%提高到2025年的62%: the year is the figure's own
                    yearOfFigure = Integer.valueOf(ofYear.group(1));
                    pre = pre.substring(0, ofYear.start());
                }
                int tail = Math.max(0, pre.length() - 16);
                Matcher verb = VERB_TAIL.matcher(pre).region(tail, pre.length());
                boolean hasVerb = verb.find();
                String indicator = clean(hasVerb ? pre.substring(0, verb.start()) : pre);
                if (lastIndicator != null && isOnlyBrackets(indicator)) {
                    // 年均提高1%左右（约为67%）: the figure in brackets is about the same indicator
                    indicator = lastIndicator;
                }
                boolean anySuffix = false;
                for (Fig f : group) {
                    anySuffix |= f.suffix() != null;
                }
                boolean unitless = first.unit() == null && first.suffix() == null;
                if (unitless && !hasVerb) {
                    continue;
                }
                if (heading && !hasVerb && !anySuffix) {
                    continue;
                }
                if (!hasVerb) {
                    boolean task = TASK_VERB.matcher(indicator).find();
                    boolean count = first.unit() != null
                            && COUNT_UNIT.matcher(first.unit()).matches();
                    if ((task || constructionLead) && count) {
                        continue;
                    }
                    // 完成造林面积10万亩 names an indicator after its verb; 建设公共实训基地1处 does not
                    boolean measurable = MEASURABLE.matcher(indicator).find()
                            || PER_CAPITA.matcher(indicator).find();
                    boolean increment = indicator.contains("新增");
                    if (!(anySuffix || measurable || increment || continuation && !task)) {
                        continue;
                    }
                    // without a verb or a comparator word, only the context makes a figure a goal: a year
                    // (全县共有人口12.5万人 states a fact)
                    if (!anySuffix && !increment && !continuation && year == null) {
                        continue;
                    }
                } else if (constructionLead
                        && first.unit() != null
                        && COUNT_UNIT.matcher(first.unit()).matches()
                        && TASK_VERB.matcher(indicator).find()) {
                    continue;
                }
                if (!hasVerb && PROJECT_MONEY.matcher(indicator).find() && mentionsProjects(c)) {
                    continue; // 产业发展类项目128项，总投资3595.55亿元: what a project list holds
                }
                if (indicator.isEmpty()) {
                    indicator = sentenceOfIndicator == c.sentence() && sentenceIndicator != null
                            ? sentenceIndicator
                            : fromPreviousClause(c, ci, clauses);
                }
                emit(c, textStart(c, ci, clauses), group, pre, indicator, yearOfFigure != null ? yearOfFigure : year);
                accepted = true;
                contextStart = last.end();
                lastIndicator = indicator;
                sentenceIndicator = indicator;
                sentenceOfIndicator = c.sentence();
            }
            return accepted;
        }

        private boolean mentionsProjects(Clause c) {
            int from = c.start();
            while (from > 0 && c.start() - from < 200 && SENTENCE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            String sentence = text.substring(from, c.end());
            return sentence.contains("项目") || sentence.contains("工程");
        }

        private static boolean isOnlyBrackets(String indicator) {
            return BRACKETS_ONLY.matcher(indicator).matches();
        }

        private boolean joined(Fig a, Fig b) {
            if (b.start() - a.end() != 1) {
                return false;
            }
            char sep = text.charAt(a.end());
            return sep == '和' || sep == '、' || sep == '与' || sep == '及' || sep == '或';
        }

        /** A target figure closes its clause; one that qualifies the noun after it (15年以上供热管网) does not. */
        private boolean closesClause(Fig f, Clause c) {
            int k = f.end();
            if (k < c.end() && text.charAt(k) == '/') {
                k++;
                while (k < c.end() && k - f.end() <= 3 && Character.isLetter(text.charAt(k))) {
                    k++;
                }
            }
            if (k >= c.end()) {
                return true;
            }
            char next = text.charAt(k);
            if (OPEN.indexOf(next) >= 0 || CLOSE.indexOf(next) >= 0 || next == '、' || next == ' ') {
                return true;
            }
            return text.startsWith("的水平", k) || text.startsWith("水平", k);
        }

        private void emit(Clause c, int start, List<Fig> group, String pre, String indicator, @Nullable Integer year) {
            String clause = text.substring(start, c.end()).strip();
            if (indicator.startsWith("完成") && MEASURABLE.matcher(indicator).find()) {
                indicator = indicator.substring(2); // 完成造林面积10万亩
            }
            List<String> names = names(indicator, group.size());
            if (group.size() == 1) {
                // 普惠性幼儿园覆盖率、公办幼儿园在园幼儿占比稳定在100%: one figure for each name
                List<String> listed = listedNames(indicator);
                if (listed.size() > 1) {
                    List<Fig> repeated = new ArrayList<>();
                    for (int j = 0; j < listed.size(); j++) {
                        repeated.add(group.get(0));
                    }
                    group = repeated;
                    names = listed;
                }
            }
            @Nullable String sharedSuffix = null;
            for (Fig f : group) {
                if (f.suffix() != null) {
                    sharedSuffix = f.suffix();
                }
            }
            TargetKind kind = Figures.kind(pre);
            for (int j = 0; j < group.size(); j++) {
                Fig f = group.get(j);
                String after = f.suffix() != null ? f.suffix() : sharedSuffix != null ? sharedSuffix : "";
                Comparator comparator = Figures.comparator(pre, after);
                if (f.more() && comparator == Comparator.EQ) {
                    comparator = Comparator.GT;
                }
                String name = names.get(j);
                String key = name + '|' + f.value().toPlainString() + '|' + f.unit() + '|' + f.start();
                if (!seen.add(key)) {
                    continue;
                }
                ParagraphMap map = map();
                int[] span = map.span(start, c.end());
                SourceLocation location = new SourceLocation(
                        span[0],
                        span[1] != span[0] ? span[1] : null,
                        p.page(),
                        p.pageLine(),
                        Locations.quote(map.quote(start, c.end(), clause)),
                        p.notes());
                out.add(new Target(
                        clause,
                        name,
                        f.value(),
                        f.unit(),
                        year,
                        comparator,
                        kind,
                        section != null ? section.title() : null,
                        section != null ? section.id() : null,
                        span[0],
                        location));
            }
        }

        /** Where a target's text starts: its clause, or a bare time phrase before it (到2025年，). */
        private int textStart(Clause c, int ci, List<Clause> clauses) {
            if (ci > 0) {
                Clause prev = clauses.get(ci - 1);
                if (prev.sentence() == c.sentence()
                        && LEADING.matcher(text.substring(prev.start(), prev.end()))
                                .replaceFirst("")
                                .isEmpty()) {
                    return prev.start();
                }
            }
            return c.start();
        }

        private String clauseText(Clause c) {
            return text.substring(c.start(), c.end()).strip();
        }

        /** Names listed with 、 that each name an indicator (森林覆盖率、植被覆盖度), else an empty list. */
        private static List<String> listedNames(String indicator) {
            if (indicator.indexOf('、') < 0) {
                return List.of();
            }
            String[] parts = indicator.split("、");
            for (String part : parts) {
                if (part.isEmpty() || !MEASURABLE.matcher(part).find()) {
                    return List.of();
                }
            }
            return List.of(parts);
        }

        /** The indicator of a clause that names none (进出口贸易规模大幅增加，年均增长达15%左右). */
        private String fromPreviousClause(Clause c, int ci, List<Clause> clauses) {
            for (int k = ci - 1; k >= 0 && k >= ci - 3 && clauses.get(k).sentence() == c.sentence(); k--) {
                Clause prev = clauses.get(k);
                String t = clean(text.substring(Math.max(prev.start(), prev.end() - CONTEXT), prev.end()));
                t = PREDICATE_TAIL.matcher(t).replaceFirst("");
                t = LEADING_VERB.matcher(t).replaceFirst("");
                t = clean(t);
                if (!t.isEmpty() && !hasDigit(t)) {
                    return t;
                }
            }
            return clauseText(c);
        }

        /** Indicator names for a group of figures: split 森林覆盖率、植被覆盖度 or 城乡…; else the same name. */
        private static List<String> names(String indicator, int n) {
            List<String> names = new ArrayList<>(n);
            if (n == 1) {
                names.add(indicator);
                return names;
            }
            if (n > 1) {
                String[] parts = indicator.split("[、和与及]");
                if (parts.length == n) {
                    boolean complete = true;
                    for (String part : parts) {
                        complete &= !part.isEmpty() && MEASURABLE.matcher(part).find();
                    }
                    if (complete) {
                        return List.of(parts);
                    }
                    // 小学和初中校际差异系数: the names before the last share what follows the last one's
                    // first word (taken as two characters, as in 城镇/农村, 小学/初中)
                    String lastPart = parts[n - 1];
                    if (MEASURABLE.matcher(lastPart).find() && lastPart.length() > 3) {
                        String rest = lastPart.substring(2);
                        for (int j = 0; j < n - 1; j++) {
                            names.add(parts[j] + rest);
                        }
                        names.add(lastPart);
                        return names;
                    }
                }
                if (n == 2 && indicator.startsWith("城乡")) {
                    String rest = indicator.substring(2);
                    return List.of("城镇" + rest, "农村" + rest);
                }
            }
            for (int j = 0; j < n; j++) {
                names.add(indicator);
            }
            return names;
        }

        /** The figures of the paragraph that can be targets (no years, ranges, ratios, codes, quotations). */
        private List<Fig> figures() {
            List<Fig> figs = new ArrayList<>();
            boolean[] quoted = quotedOffsets();
            Matcher m = FIGURE.matcher(text);
            while (m.find()) {
                int s = m.start();
                int numberEnd = m.end("num");
                String magnitude = m.group("mag");
                String unit = m.group("unit") != null ? m.group("unit") : m.group("munit");
                String suffix = m.group("suffix");
                if (isYear(m.group("num"), magnitude, unit, numberEnd)) {
                    continue;
                }
                int b = s;
                while (b > 0 && text.charAt(b - 1) == ' ') {
                    b--;
                }
                if (b > 0 && (text.charAt(b - 1) == ':' || text.charAt(b - 1) == '：')) {
                    continue; // 45: 32: 23
                }
                if (s > 0) {
                    char before = text.charAt(s - 1);
                    if (isAsciiLetter(before) || before == '第' || before == '×' || before == '*' || before == '/') {
                        continue;
                    }
                    if ((isRangeOrRatioMark(before) || before == '至' || before == '到')
                            && s > 1
                            && isFigureChar(text.charAt(s - 2))) {
                        continue;
                    }
                }
                int after = numberEnd;
                if (after < text.length()) {
                    char a = text.charAt(after);
                    if ((isRangeOrRatioMark(a) || a == '至' || a == '到')
                            && after + 1 < text.length()
                            && Character.isDigit(text.charAt(after + 1))) {
                        continue;
                    }
                    int k = after;
                    while (k < text.length() && text.charAt(k) == ' ') {
                        k++;
                    }
                    if (k < text.length() && (text.charAt(k) == ':' || text.charAt(k) == '：')) {
                        continue;
                    }
                }
                if (unit != null && (unit.equals("G") || unit.equals("M") || unit.equals("兆"))) {
                    continue;
                }
                int end = m.end();
                if (magnitude == null && unit == null && suffix == null) {
                    // a bare number: 不大于0.50; a following letter makes it a code (4K, 5A)
                    if (end < text.length() && isAsciiLetter(text.charAt(end))) {
                        continue;
                    }
                }
                if (end < text.length() && unit != null && isAsciiLetter(text.charAt(end))) {
                    continue;
                }
                // a unit given by a range (3-5座) was skipped above; magnitudes without a unit stand alone (1.5万)
                if (quoted[s]) {
                    continue;
                }
                String fullUnit = magnitude == null ? unit : unit == null ? magnitude : magnitude + unit;
                if (fullUnit != null && m.group("per") != null) {
                    fullUnit = fullUnit + m.group("per"); // 吨标准煤/万元, 万元/年
                }
                figs.add(new Fig(
                        s, numberEnd, end, Figures.number(m.group("num")), fullUnit, m.group("more") != null, suffix));
            }
            return figs;
        }

        private boolean isYear(String digits, @Nullable String magnitude, @Nullable String unit, int numberEnd) {
            if (digits.length() != 4 || digits.indexOf('.') >= 0 || magnitude != null) {
                return false;
            }
            int v = Integer.parseInt(digits);
            if (v < 1900 || v > 2100) {
                return false;
            }
            if ("年".equals(unit)) {
                return true;
            }
            // 2023-2025年, 2021—2025
            return numberEnd < text.length() && "-—–～~".indexOf(text.charAt(numberEnd)) >= 0;
        }

        /** For each offset, whether it sits inside “…” or 《…》 (counted from the start of its sentence). */
        private boolean[] quotedOffsets() {
            boolean[] quoted = new boolean[text.length() + 1];
            int depth = 0;
            int book = 0;
            for (int i = 0; i < text.length(); i++) {
                quoted[i] = depth > 0 || book > 0;
                switch (text.charAt(i)) {
                    case '“' -> depth++;
                    case '”' -> depth = Math.max(0, depth - 1);
                    case '《' -> book++;
                    case '》' -> book = Math.max(0, book - 1);
                    case '。', '！', '？', '!', '?' -> {
                        depth = 0;
                        book = 0;
                    }
                    default -> {}
                }
            }
            return quoted;
        }

        /** Cuts the paragraph into clauses, sentences and segments (；). */
        private List<Clause> clauses(List<Fig> figures) {
            boolean[] figureEnd = new boolean[text.length() + 1];
            for (Fig f : figures) {
                figureEnd[f.end()] = true;
            }
            List<Clause> clauses = new ArrayList<>();
            int sentence = 0;
            int segment = 0;
            int depth = 0;
            int start = 0;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char ch = text.charAt(i);
                boolean sentenceBreak = false;
                boolean clauseBreak = false;
                switch (ch) {
                    case '（', '(', '〔', '[', '【' -> depth++;
                    case '）', ')', '〕', ']', '】' -> depth = Math.max(0, depth - 1);
                    case '。', '！', '？', '!', '?' -> {
                        sentenceBreak = true;
                        depth = 0;
                    }
                    case '，', '；', ';', '：' -> clauseBreak = depth == 0;
                    case ',', ':' -> clauseBreak = depth == 0 && !isBetweenDigits(i);
                    case '、' ->
                        clauseBreak = depth == 0 && figureEnd[i] && i + 1 < n && !Character.isDigit(text.charAt(i + 1));
                    default -> {}
                }
                if (sentenceBreak || clauseBreak) {
                    if (i > start) {
                        clauses.add(new Clause(start, i, sentence, segment));
                    }
                    start = i + 1;
                    if (sentenceBreak) {
                        sentence++;
                        segment++;
                    } else if (ch == '；' || ch == ';') {
                        segment++;
                    }
                }
            }
            if (n > start) {
                clauses.add(new Clause(start, n, sentence, segment));
            }
            return clauses;
        }

        private ParagraphMap map() {
            ParagraphMap m = map;
            if (m == null) {
                m = new ParagraphMap(p, lines);
                map = m;
            }
            return m;
        }

        private boolean isBetweenDigits(int i) {
            return i > 0
                    && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1));
        }
    }

    /** The year a clause states: 到2025年, 2023-2025年 → 2025, “十四五”时期 → 2025; null when none. */
    static @Nullable Integer statedYear(String text) {
        if (text.indexOf('年') < 0 && text.indexOf('五') < 0) {
            return null;
        }
        String clause =
                text.indexOf('〇') >= 0 || text.indexOf('○') >= 0 || text.indexOf('零') >= 0 ? arabicYears(text) : text;
        Matcher r = YEAR_RANGE.matcher(clause);
        if (r.find()) {
            return Integer.parseInt(r.group(1));
        }
        Matcher t = TO_YEAR.matcher(clause);
        while (t.find()) {
            if (!t.group().startsWith("截")) {
                return Integer.parseInt(t.group(1));
            }
        }
        Matcher f = FIVE_YEAR_PLAN.matcher(clause);
        if (f.find() && !clause.startsWith("以来", f.end()) && !clause.startsWith("”以来", f.end())) {
            int n = 10 + NUMERALS.indexOf(f.group(1).charAt(0)) + 1;
            return 1955 + 5 * n;
        }
        return null;
    }

    /** 到二〇二五年 → 到2025年. */
    static String arabicYears(String text) {
        Matcher m = CHINESE_YEAR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (char ch : m.group(1).toCharArray()) {
                digits.append(ch == '〇' || ch == '零' || ch == '○' ? 0 : NUMERALS.indexOf(ch) + 1);
            }
            m.appendReplacement(sb, digits + "年");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String clean(String indicator) {
        String t = LEADING.matcher(indicator.strip()).replaceFirst("");
        t = FROM_BASELINE.matcher(t).replaceFirst("");
        t = TRAILING.matcher(t).replaceFirst("");
        return t.strip();
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static boolean isRangeOrRatioMark(char c) {
        return "-—–～~:：".indexOf(c) >= 0;
    }

    private static boolean isFigureChar(char c) {
        return Character.isDigit(c) || c == '%' || Character.isIdeographic(c) && "万亿千个座处家所".indexOf(c) >= 0;
    }

    /** The source lines of a document, for finding where a stretch of a paragraph starts. */
    static final class LineIndex {

        private final RawDocument raw;
        private int @Nullable [] lineNumbers;
        private String @Nullable [] lineTexts;

        LineIndex(RawDocument raw) {
            this.raw = raw;
        }

        /** The source line of each '\n'-separated piece of a paragraph's original text. */
        int[] pieceLines(Paragraph p, String[] pieces) {
            index();
            int[] numbers = lineNumbers;
            String[] texts = lineTexts;
            int[] out = new int[pieces.length];
            int pos = firstAtOrAfter(numbers, p.line());
            int lastLine = p.line();
            for (int k = 0; k < pieces.length; k++) {
                String piece = pieces[k].strip();
                int found = -1;
                for (int j = pos; j < numbers.length && numbers[j] <= p.endLine(); j++) {
                    if (texts[j].strip().equals(piece)) {
                        found = j;
                        break;
                    }
                }
                if (found >= 0) {
                    lastLine = numbers[found];
                    pos = found + 1;
                } else {
                    lastLine = Math.min(p.endLine(), lastLine + (k == 0 ? 0 : 1));
                }
                out[k] = lastLine;
            }
            return out;
        }

        private void index() {
            if (lineNumbers != null) {
                return;
            }
            List<SourceLine> ls = new ArrayList<>();
            for (RawBlock b : raw.blocks()) {
                if (b instanceof SourceLine l) {
                    ls.add(l);
                }
            }
            int[] numbers = new int[ls.size()];
            String[] texts = new String[ls.size()];
            for (int i = 0; i < ls.size(); i++) {
                numbers[i] = ls.get(i).line();
                texts[i] = ls.get(i).text();
            }
            lineNumbers = numbers;
            lineTexts = texts;
        }

        private static int firstAtOrAfter(int[] numbers, int line) {
            int lo = 0;
            int hi = numbers.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (numbers[mid] < line) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /**
     * Source lines and verbatim quotes for stretches of one paragraph, built once per paragraph. The normalised
     * text and the original differ only in whitespace and in characters converted one for one, so their
     * non-space characters line up; when they do not, the stretch is placed by its share of non-space
     * characters and quoted in its normalised form.
     */
    static final class ParagraphMap {

        private final Paragraph p;
        /** Non-space characters of the normalised text before each offset. */
        private final int[] before;
        /** Offset in the original of each of its non-space characters. */
        private final int[] originalOffset;
        /** Source line of each non-space character of the original. */
        private final int[] originalLine;

        private final boolean aligned;

        ParagraphMap(Paragraph p, LineIndex lines) {
            this.p = p;
            String text = p.text();
            before = new int[text.length() + 1];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                before[i] = n;
                if (!isSpace(text.charAt(i))) {
                    n++;
                }
            }
            before[text.length()] = n;
            String original = p.original();
            String[] pieces = p.endLine() != p.line() ? original.split("\n", -1) : new String[] {original};
            int[] pieceLines = pieces.length > 1 ? lines.pieceLines(p, pieces) : new int[] {p.line()};
            int m = 0;
            for (int i = 0; i < original.length(); i++) {
                if (!isSpace(original.charAt(i))) {
                    m++;
                }
            }
            originalOffset = new int[m];
            originalLine = new int[m];
            int k = 0;
            int piece = 0;
            for (int i = 0; i < original.length(); i++) {
                char ch = original.charAt(i);
                if (ch == '\n') {
                    piece = Math.min(piece + 1, pieceLines.length - 1);
                } else if (!isSpace(ch)) {
                    originalOffset[k] = i;
                    originalLine[k] = pieceLines[piece];
                    k++;
                }
            }
            aligned = m == n;
        }

        /** First and last source line of the stretch [start, end) of the normalised text. */
        int[] span(int start, int end) {
            if (p.endLine() == p.line() || originalLine.length == 0) {
                return new int[] {p.line(), p.line()};
            }
            int first = index(before[start]);
            int last = index(Math.max(before[start], before[end] - 1));
            return new int[] {originalLine[first], originalLine[last]};
        }

        /** The original text of the stretch, or the fallback when the texts do not line up. */
        String quote(int start, int end, String fallback) {
            if (!aligned || originalOffset.length == 0) {
                return fallback;
            }
            int from = originalOffset[Math.min(before[start], originalOffset.length - 1)];
            int lastChar = Math.max(before[start], before[end] - 1);
            int to = originalOffset[Math.min(lastChar, originalOffset.length - 1)] + 1;
            return p.original()
                    .substring(from, Math.max(from, to))
                    .replace("\n", "")
                    .strip();
        }

        /** The original's character for the normalised one, by position when the counts differ. */
        private int index(int normalizedCount) {
            int total = before[before.length - 1];
            int k = aligned || total == 0
                    ? normalizedCount
                    : (int) ((long) normalizedCount * originalLine.length / total);
            return Math.max(0, Math.min(k, originalLine.length - 1));
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
        }
    }
}
