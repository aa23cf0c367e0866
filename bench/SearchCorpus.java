import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fictional plan documents for the search benchmark (模拟数据): made-up counties, departments, projects and
 * figures from the templates and vocabulary below, shaped like county plans (chapters, sections, an
 * indicator table, task paragraphs ending with their units, targets in prose, project boxes). Nothing is
 * taken from a real plan. Deterministic for a seed.
 *
 * <pre>java bench/SearchCorpus.java DIR [COUNT=300] [SEED=1]</pre>
 */
public class SearchCorpus {

    static final String[] SYLLABLES = {"青", "石", "沙", "云", "河", "柳", "松", "白", "金", "泉", "乌", "兰", "达", "林",
        "图", "苏", "敖", "伦", "宝", "山", "湖", "川", "安", "和", "平", "吉", "丰", "德", "源", "塔"};
    static final String[] SUFFIX = {"旗", "县", "旗", "县"};
    static final String[] DEPARTMENTS = {"发改委", "住建局", "交通运输局", "卫健委", "教体局", "民政局", "财政局", "统计局",
        "自然资源局", "生态环境分局", "水利局", "农牧局", "能源局", "工信局", "商务局", "文旅局", "应急管理局", "市场监管局",
        "人社局", "医保局", "公安局", "林草局", "城管局", "数据局"};
    static final String[] CHAPTERS = {"发展基础与形势", "总体要求", "构建现代产业体系", "完善市政设施", "提升公共服务水平",
        "加强生态环境保护", "推进城乡融合发展", "深化改革开放", "强化要素保障", "提升治理能力", "统筹发展和安全", "组织实施"};
    static final String[] TOPICS = {"智慧停车系统", "雨污分流管网", "供热管网", "老旧小区改造", "普惠托育服务", "社区养老服务中心",
        "县域医共体", "职业技能培训", "冷链物流园", "农畜产品加工", "新能源汽车充电设施", "数字乡村", "节水灌溉", "防洪排涝工程",
        "垃圾分类处理", "绿色建材", "口袋公园", "全民健身中心", "便民服务网点", "文化旅游线路", "应急物资储备", "城市更新单元",
        "燃气管道更新", "光伏治沙", "风电基地", "储能电站", "氢能示范", "草原生态修复", "黄河滩区治理", "高标准农田"};
    static final String[] VERBS = {"加快建设", "统筹推进", "有序实施", "全面完善", "大力发展", "稳步推进", "积极培育", "持续提升",
        "着力打造", "深入开展"};
    static final String[] FILLERS = {"坚持问题导向和目标导向，", "按照政府引导、市场运作的原则，", "结合实际分步推进，",
        "统筹资金、土地和人才要素，", "建立健全长效运行机制，", "强化部门协同和上下联动，", "鼓励社会资本参与建设运营，",
        "加强全过程监督管理，", "因地制宜、分类施策，", "注重节约集约利用资源，"};
    static final String[][] INDICATORS = {
        {"地区生产总值", "亿元", "预期性"}, {"常住人口城镇化率", "%", "预期性"}, {"城镇登记失业率", "%", "约束性"},
        {"每千人口拥有3岁以下婴幼儿托位数", "个", "预期性"}, {"县城污水处理率", "%", "约束性"},
        {"县城生活垃圾无害化处理率", "%", "约束性"}, {"城镇居民人均可支配收入", "元", "预期性"},
        {"森林覆盖率", "%", "约束性"}, {"人均公园绿地面积", "平方米", "预期性"}, {"城市燃气普及率", "%", "预期性"}};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 1);
        Files.createDirectories(dir);
        List<String> used = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < count; i++) {
            String place;
            do {
                place = pick(random, SYLLABLES) + pick(random, SYLLABLES) + pick(random, SUFFIX);
            } while (used.contains(place));
            used.add(place);
            String text = plan(random, place, i);
            chars += text.length();
            Files.writeString(dir.resolve(String.format("sim-%03d.txt", i)), text, StandardCharsets.UTF_8);
        }
        System.out.printf("%d documents, %d characters, in %s%n", count, chars, dir);
    }

    static String plan(Random r, String place, int n) {
        StringBuilder b = new StringBuilder();
        boolean fiveYear = n % 2 == 0;
        b.append(fiveYear
                        ? place + "国民经济和社会发展第十四个五年规划纲要（2021～2025年）"
                        : place + "推进以县城为重要载体的城镇化建设方案（2023～2025年）")
                .append("\n\n（模拟数据：本文件由 Lantu 基准测试生成，地名、部门、项目和数字均为虚构。）\n\n");
        b.append("为推动").append(place).append("高质量发展，结合").append(place).append("实际，制定本")
                .append(fiveYear ? "纲要" : "方案").append("。\n\n");
        String[] cn = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
        for (int c = 0; c < CHAPTERS.length; c++) {
            b.append("第").append(cn[c]).append("章 ").append(CHAPTERS[c]).append("\n\n");
            if (c == 1) {
                indicators(r, place, b);
            }
            int sections = 3 + r.nextInt(3);
            for (int s = 0; s < sections; s++) {
                String topic = pick(r, TOPICS);
                b.append("（").append(cn[s]).append("）").append(pick(r, VERBS)).append(topic).append("\n\n");
                int tasks = 3 + r.nextInt(3);
                for (int t = 0; t < tasks; t++) {
                    task(r, place, topic, b);
                }
            }
            if (c == 3 || c == 5) {
                projects(r, place, c, b);
            }
        }
        return b.toString();
    }

    static void indicators(Random r, String place, StringBuilder b) {
        b.append(place).append("主要指标\n\n序号\t类别\t指标\t单位\t2020年\t2025年\t属性\n");
        for (int i = 0; i < INDICATORS.length; i++) {
            String[] ind = INDICATORS[i];
            double base = 10 + r.nextInt(800) / 10.0;
            b.append(i + 1).append('\t').append(i == 0 ? "经济发展" : "").append('\t').append(ind[0]).append('\t')
                    .append(ind[1]).append('\t').append(base).append('\t')
                    .append(String.format("%.1f", base * (1.05 + r.nextInt(20) / 100.0))).append('\t')
                    .append(ind[2]).append('\n');
        }
        b.append('\n');
    }

    static void task(Random r, String place, String topic, StringBuilder b) {
        b.append(pick(r, VERBS)).append(topic).append("，").append(pick(r, FILLERS)).append(pick(r, FILLERS));
        b.append("在").append(place).append(pick(r, SYLLABLES)).append(pick(r, SYLLABLES)).append("镇开展")
                .append(pick(r, TOPICS)).append("试点，").append(pick(r, FILLERS));
        if (r.nextInt(3) == 0) {
            String[] ind = INDICATORS[r.nextInt(INDICATORS.length)];
            b.append("到2025年，").append(ind[0]).append("达到").append(50 + r.nextInt(50)).append(ind[1])
                    .append("以上，");
        }
        b.append("新建改造").append(topic).append(1 + r.nextInt(30)).append("处。");
        int units = 1 + r.nextInt(4);
        b.append("（旗");
        for (int u = 0; u < units; u++) {
            b.append(u == 0 ? "" : "、").append(DEPARTMENTS[r.nextInt(DEPARTMENTS.length)]);
        }
        if (r.nextInt(4) == 0) {
            b.append("，各苏木镇");
        }
        b.append("）\n\n");
    }

    static void projects(Random r, String place, int c, StringBuilder b) {
        b.append("专栏 ").append(c).append(" 重点建设项目\n\n序号\t项目名称\t总投资（亿元）\t建设年限\n");
        for (int i = 1; i <= 4 + r.nextInt(4); i++) {
            b.append(i).append('\t').append(place).append(pick(r, TOPICS)).append("项目\t")
                    .append(String.format("%.1f", 0.2 + r.nextInt(50) / 10.0)).append("\t2023-2025\n");
        }
        b.append('\n');
    }

    static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
