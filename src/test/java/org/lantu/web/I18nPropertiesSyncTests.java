package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lantu.plan.Comparator;
import org.lantu.plan.PlanKind;
import org.lantu.plan.TargetKind;

/**
 * The Chinese and English bundles have the same keys, and every key the templates and controllers ask
 * for is in them (like spring-petclinic's I18nPropertiesSyncTest).
 */
class I18nPropertiesSyncTests {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> zh = load("messages.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys of messages_en.properties").isEqualTo(new TreeSet<>(zh));
    }

    @Test
    void noMessageIsEmptyAndEnglishHasNoChineseLeftOver() throws IOException {
        Properties en = load("messages_en.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            if (!key.equals("app.footer")) {
                assertThat(en.getProperty(key)).as(key).doesNotContainPattern("[\\u4e00-\\u9fff]");
            }
        }
        Properties zh = load("messages.properties");
        for (String key : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyKeyTheTemplatesNameIsInTheBundle() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(t));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
    }

    @Test
    void everyKeyBuiltFromACodeIsInTheBundle() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Views views = new Views();
        for (PlanKind k : PlanKind.values()) {
            assertThat(keys).contains(views.kindKey(k.code()));
        }
        for (Comparator c : Comparator.values()) {
            assertThat(keys).contains(views.comparatorKey(c.code()));
        }
        for (TargetKind k : TargetKind.values()) {
            assertThat(keys).contains(views.targetKindKey(k.code()));
        }
        for (String level : new String[] {"region", "league", "county", "township", "village", "nonsense"}) {
            assertThat(keys).contains(views.levelKey(level));
        }
        for (String type :
                new String[] {"section", "indicator", "target", "responsibility", "project", "project_summary"}) {
            assertThat(keys).contains(views.itemTypeKey(type));
        }
        assertThat(keys).contains("comparator.unknown", "targetKind.unknown", "kind.other", "type.unknown");
        for (String tab : PlanController.TABS) {
            assertThat(keys).contains("tab." + tab);
        }
        for (var field : CorrectionController.FIELDS.entrySet()) {
            assertThat(keys).contains("field." + field.getKey());
            assertThat(keys)
                    .contains(
                            "correction.error.value." + field.getValue().name().toLowerCase(Locale.ROOT));
        }
        for (String status : new String[] {"created", "new_version", "unchanged", "failed"}) {
            assertThat(keys).contains("import.status." + status);
        }
        for (String error : new String[] {"400", "403", "404", "405", "413", "other"}) {
            assertThat(keys).contains("error." + error + ".heading", "error." + error + ".text");
        }
        assertThat(keys)
                .contains(
                        "matrix.tasks",
                        "matrix.leads",
                        "matrix.section",
                        "matrix.unit",
                        "matrix.noSection",
                        "correction.error.field",
                        "correction.error.reason");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
