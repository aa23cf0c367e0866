package org.lantu.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantu.plan.ProjectBox;
import org.lantu.plan.ProjectItem;
import org.lantu.plan.ProjectSummary;

/** The project boxes of 002 and the project summary of 000, against counts made by hand from the seeds. */
class ProjectSeedTest {

    private final ProjectExtractor extractor = new ProjectExtractor();

    /**
     * Every 专栏 project box of 002: box | title | section id | section | caption line | item count | some
     * items, {@code ;}-separated, each {@code category>name} or just {@code name}. 专栏 1 and 专栏 2 are
     * indicator tables and are not here.
     */
    private static final String BOXES_002 = """
            3-1|生态保护建设项目|3.1.2|强化生态保护|270|12|草原生态保护修复工程;阴山绿化项目;巴音温都尔沙漠综合治理及国家沙漠公园建设项目
            3-2|环境治理项目|3.2.5|推进绿色矿山建设|311|7|阴山北部防风固沙区（乌拉特后旗段）历史遗留废弃矿山生态修复项目;呼和浩特市独立工矿区改造建设项目，独立工矿区改造提升工程;潮格镇煤改电集中供暖项目
            3-3|节约集约绿色低碳循环利用项目|3.3.4|完善生态文明制度|343|2|苏木镇污水垃圾改造提升项目;尾矿库、沙坑治理项目
            4-1|冶金产业项目|4.1.1|壮大冶金、化工产业|368|16|有色金属冶炼项目>双利矿业有限公司300万吨铁矿采选扩建、搬迁项目;有色金属精深加工项目>三英宏业环保科技有限公司利用有色金属废渣综合回收利用有价元素项目（三期）;其他>佳泰建筑有限责任公司年产4000吨钢结构加工生产建设项目
            4-2|现代化工项目|4.1.1|壮大冶金、化工产业|380|10|煤化工项目>年产20万吨乙二醇项目;硫化工项目>泽远有限公司新建年产1万吨混二硝基苯、1万吨间苯二胺项目;硫化工项目>国城资源综合利用有限公司硫钛铁资源循环综合利用项目
            4-3|清洁能源项目|4.1.2|做强清洁能源产业|392|10|外送通道项目>上海庙特高压160万千瓦外送风电基地;风电项目>30万千瓦分散式风电项目;其他>潮格镇清洁供暖改造项目
            4-4|装备制造及新材料产业项目|4.1.3|装备制造及新材料产业|408|10|装备制造项目>汽车组装;装备制造项目>重卡、风机组装项目;节能环保项目>荣业环保材料科技有限公司年产10万吨脱硫脱硝活性焦及余热综合利用项目
            4-5|工业园区项目|4.1.4|扩容提质乌拉特后旗工业园区|422|7|乌拉特后旗工业园区基础设施项目;综合管廊建设项目;燃气蒸汽利用项目
            4-6|农牧业重点工程|4.2.8|加大农畜产品质量品牌建设|486|38|农田建设工程>8万亩高标准农田建设项目;畜牧业标准化建设工程>200个智慧牧场;设施农牧业>潮格镇现代牧业体验园;其他>社会化服务项目（土地全程托管）
            4-7|现代物流业项目|4.3.1|加快发展现代物流业|516|2|建设工业园区物流综合平台（仓储、物流、信息等）;新建公铁物流园区
            4-8|文化旅游业项目|4.3.2|发展特色文化旅游业|531|39|景区体系重点项目>红驼艺术文创产品研发生产基地;城市休闲项目>巴音镇门球馆;潮格镇英模文旅建设项目>红色电影放映厅、报告厅为一体的多功能厅建设工程
            4-9|商贸流通业项目|4.3.3|积极发展商贸流通业|549|2|在山前各苏木镇建设绿色有机农产品展示中心3个;在山后各苏木镇建设活畜交易中心3个
            4-10|家政和养老服务业项目|4.3.5|优化发展健康养老和新兴服务业|568|4|健康养老产业园项目;乌根高勒医养院建设项目
            5-1|城镇化建设项目|5.1.3|建设和谐宜居城镇|599|8|老旧小区改造项目;污水、给水、供热、燃气管网改造建设项目;城市垃圾治理项目
            5-2|乡村振兴战略项目|5.2.5|巩固脱贫攻坚成果与乡村振兴有效衔接|640|6|农村牧区中低收入家庭危房改造项目;农村牧区社区规范化综合服务中心项目
            6-1|综合交通项目（公、铁、机场及综合物流）|6.1|构建综合交通网|659|13|公路项目>省道213川井-达拉盖山口公路工程;铁路项目>黑猫煤化工有限公司铁路专用线项目;机场项目>乌拉特后旗通用机场项目
            6-2|水利基础设施建设项目|6.2|水利设施建设|671|33|沟渠治理项目>呼和镇玻璃庙沟、石台沟防洪治理工程;水利工程项目>巴音镇、呼和镇、乌盖苏木农村饮水安全改水工程项目;其他>城镇水源地规范化建设项目;其他>河湖清“四乱”项目
            6-3|能源通道建设项目|6.3|城乡能源网建设|685|2|呼和浩特市山后嘎查通电工程;工业园区天然气管道建设项目
            6-4|信息化基础建设项目|6.4|信息基础设施（新基建）建设|696|7|乌拉特后旗智慧广电建设项目;内蒙古乌拉特后旗巴音宝力格荒漠生态、气象观测研究站建设项目;乌拉特后旗电动汽车充电基础设施建设项目
            7-1|教育基础设施提升工程|7.1.3|推动学习型社会建设|732|3|乌拉特后旗义务教育社会实践基地建设项目;乌拉特后旗蒙古族完全小学教学及辅助用房建设项目
            7-2|创业就业项目|7.2.3|鼓励农牧区富余劳动力转移就业|759|4|公共职业技能实训基地项目;乌拉特后旗残疾人民族特色手工艺精深加工产业园区项目
            7-3|全民健康项目|7.4.6|深化医药卫生体制改革|818|6|乌拉特后旗卫生院、卫生室、社区卫生服务中心建设项目;“医养结合+旅居养老”暨蒙中医药农业项目
            7-4|社会保障项目|7.5.4|完善住房保障体系|849|8|救助站项目;殡仪馆、骨灰塔、火葬厂项目;潮格镇残疾人康复中心建设项目
            7-5|文明实践项目|7.6.6|强化科普工作|892|20|文化类>工矿博物馆（炭窑口）建设;文化类>黄河几字湾巴彦淖尔市乌拉特后旗博物馆提升改造建设项目;科技类>乌拉特后旗科技馆建设项目;体育类>非标准足球场建设项目（呼和镇、巴音镇、潮格镇）
            7-6|人口均衡发展项目|7.7.3|稳定边民数量|922|3|未成年人保护中心项目;老年养护院项目;收养救助项目
            9-1|开放合作重点工程|9.3|强化招商引资|998|3|中蒙跨国新能源基地建设项目;兴边富民中心集镇建设项目
            10-1|技术创新项目|10.1.3|加强生态、民生领域创新|1026|2|国家级科技研发中心;企业科研实验室建设项目
            10-2|创新平台项目|10.2.3|搭建众创平台|1049|2|智慧园区建设项目;智慧农牧业平台建设项目
            10-3|人才项目|10.4.3|营造良好的人才环境|1092|5|开展高层次急需紧缺人才引进工作;开展混合所有制人员的选聘工作
            11-1|社会治理项目|11.4|维护边疆安宁|1162|16|社会治理能力项目>3个公安检查站（呼和浩特镇、潮格温都尔镇、乌盖苏木）建设项目;民主法治项目>潮格温都尔镇多功能训练基地建设项目;廉政建设项目>乌拉特后旗廉政教育展厅项目
            """;

    @Test
    void everyProjectBoxOf002WithItsItems() {
        List<ProjectBox> boxes = extractor.extractBoxes(TestDocs.seed("002"));
        List<String> lines = BOXES_002.lines().filter(l -> !l.isBlank()).toList();
        assertThat(boxes)
                .extracting(ProjectBox::box)
                .containsExactlyElementsOf(
                        lines.stream().map(l -> l.split("\\|")[0]).toList());
        for (int k = 0; k < lines.size(); k++) {
            String[] f = lines.get(k).split("\\|", -1);
            ProjectBox box = boxes.get(k);
            String what = "专栏 " + f[0];
            assertThat(box.title()).as(what + " title").isEqualTo(f[1]);
            assertThat(box.sectionId()).as(what + " section id").isEqualTo(f[2]);
            assertThat(box.section()).as(what + " section").isEqualTo(f[3]);
            assertThat(box.line()).as(what + " line").isEqualTo(Integer.parseInt(f[4]));
            assertThat(box.location().line()).as(what + " location").isEqualTo(box.line());
            assertThat(box.items()).as(what + " items").hasSize(Integer.parseInt(f[5]));
            for (String expected : f[6].split(";")) {
                int gt = expected.indexOf('>');
                String category = gt < 0 ? null : expected.substring(0, gt);
                String name = expected.substring(gt + 1);
                assertThat(box.items()).as(what + " has " + expected).anySatisfy(item -> {
                    assertThat(item.name()).isEqualTo(name);
                    assertThat(item.category()).isEqualTo(category);
                });
            }
            assertThat(box.items()).as(what + " no investment columns").allSatisfy(item -> {
                assertThat(item.investment()).isNull();
                assertThat(item.period()).isNull();
                assertThat(item.line()).isGreaterThan(box.line());
            });
        }
    }

    @Test
    void categoryLinesAreSplitIntoProjects() {
        Map<String, ProjectBox> boxes = new LinkedHashMap<>();
        extractor.extractBoxes(TestDocs.seed("002")).forEach(b -> boxes.put(b.box(), b));
        // ， separates projects; 、 only where the part before it ends like a project
        assertThat(boxes.get("4-2").items().stream()
                        .filter(i -> "煤化工项目".equals(i.category()))
                        .map(ProjectItem::name))
                .containsExactly(
                        "黑猫煤化工有限公司年产880万吨焦炭、100万吨甲醇、20万吨苯加氢、40万吨焦油加氢装置项目",
                        "黑猫煤化工有限公司下游配套产业链项目",
                        "年产20万吨乙二醇项目",
                        "年产2万吨甲酸项目",
                        "年产80万吨烯烃项目",
                        "年产25万吨聚乙烯项目",
                        "内蒙古金猫炭材年产一期24万吨炭量、二期40万吨煤焦油深加工及20万吨改质沥青项目");
        assertThat(categoryCounts(boxes.get("4-6")))
                .containsExactly(
                        Map.entry("农田建设工程", 3L),
                        Map.entry("种植业生产基地建设", 1L),
                        Map.entry("畜牧业标准化建设工程", 6L),
                        Map.entry("畜牧产业项目", 3L),
                        Map.entry("设施农牧业", 1L),
                        Map.entry("饲草料项目", 4L),
                        Map.entry("农牧业产业园项目", 9L),
                        Map.entry("农畜产品加工业项目", 8L),
                        Map.entry("其他", 3L));
        assertThat(categoryCounts(boxes.get("4-8")))
                .containsExactly(
                        Map.entry("景区体系重点项目", 9L),
                        Map.entry("景点整合串联项目", 14L),
                        Map.entry("城市休闲项目", 5L),
                        Map.entry("城镇旅游功能配套项目", 5L),
                        Map.entry("潮格镇英模文旅建设项目", 6L));
        assertThat(categoryCounts(boxes.get("6-2")))
                .containsExactly(Map.entry("沟渠治理项目", 13L), Map.entry("水利工程项目", 9L), Map.entry("其他", 11L));
        assertThat(categoryCounts(boxes.get("7-5")))
                .containsExactly(
                        Map.entry("文化类", 10L),
                        Map.entry("科技类", 1L),
                        Map.entry("体育类", 7L),
                        Map.entry("党风政风文明实践教育类", 2L));
        assertThat(categoryCounts(boxes.get("11-1")))
                .containsExactly(
                        Map.entry("社会治理能力项目", 8L),
                        Map.entry("民主法治项目", 5L),
                        Map.entry("民族团结项目", 1L),
                        Map.entry("边疆稳定项目", 1L),
                        Map.entry("廉政建设项目", 1L));
        // 专栏 4-3's category lines follow each other without a blank line: read line by line
        assertThat(boxes.get("4-3").items())
                .extracting(ProjectItem::category, ProjectItem::line)
                .containsExactly(
                        tuple("外送通道项目", 394),
                        tuple("综合利用项目", 395),
                        tuple("综合利用项目", 395),
                        tuple("风电项目", 396),
                        tuple("风电项目", 396),
                        tuple("光伏项目", 397),
                        tuple("储能项目", 398),
                        tuple("清洁能源装备制造项目", 399),
                        tuple("清洁能源装备制造项目", 399),
                        tuple("其他", 400));
        // a line break inside a name does not split it
        assertThat(boxes.get("6-2").items()).extracting(ProjectItem::name).contains("城镇水源地规范化建设项目");
        assertThat(boxes.get("4-5").items()).extracting(ProjectItem::category).containsOnlyNulls();
    }

    @Test
    void theIndicatorBoxesAreNotProjectBoxes() {
        assertThat(extractor.extractBoxes(TestDocs.seed("002")))
                .extracting(ProjectBox::box)
                .doesNotContain("1", "2");
        assertThat(extractor.extractBoxes(TestDocs.seed("000"))).isEmpty();
        assertThat(extractor.extractBoxes(TestDocs.seed("001"))).isEmpty();
        assertThat(extractor.extractBoxes(TestDocs.seed("003"))).isEmpty();
        assertThat(extractor.extractBoxes(TestDocs.seed("004"))).isEmpty();
    }

    @Test
    void hangjinProjectListSummary() {
        List<ProjectSummary> summaries = extractor.extractSummaries(TestDocs.seed("000"));
        assertThat(summaries).hasSize(1);
        ProjectSummary s = summaries.get(0);
        assertThat(s.title()).isEqualTo("杭锦旗重点项目清单");
        assertThat(s.line()).isEqualTo(327);
        assertThat(s.total().count()).isEqualTo(273);
        assertThat(s.total().investment()).isEqualByComparingTo("3893.07");
        assertThat(s.total().unit()).isEqualTo("亿元");
        assertThat(s.categories())
                .containsExactly(
                        new ProjectSummary.ProjectCategory("产业发展类", 128, new BigDecimal("3595.55")),
                        new ProjectSummary.ProjectCategory("基础设施类", 75, new BigDecimal("213.22")),
                        new ProjectSummary.ProjectCategory("公共服务类", 32, new BigDecimal("9.31")),
                        new ProjectSummary.ProjectCategory("生态环保类", 17, new BigDecimal("44.18")),
                        new ProjectSummary.ProjectCategory("乡村振兴类", 21, new BigDecimal("30.81")));
        assertThat(s.location().quote()).startsWith("梳理收录五大类273个储备项目");
    }

    @Test
    void noOtherSeedHasAProjectSummary() {
        for (String seed : List.of("001", "002", "003", "004")) {
            assertThat(extractor.extractSummaries(TestDocs.seed(seed))).as(seed).isEmpty();
        }
    }

    private static Map<String, Long> categoryCounts(ProjectBox box) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ProjectItem item : box.items()) {
            counts.merge(item.category(), 1L, Long::sum);
        }
        return counts;
    }
}
