package org.lantu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.Seeds;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lantu extract}: output shapes, exit codes and error lines. */
class ExtractCommandTests {

    private static final Path EXAMPLE = Path.of("examples/shiliqi-urbanization-plan.txt");

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = LantuCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void oneFileGivesOneJsonObjectWithTheContractFields() {
        Run r = run("extract", EXAMPLE.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode json = JsonMapper.shared().readTree(r.out());
        assertThat(json.isObject()).isTrue();
        assertThat(json.propertyNames())
                .contains(
                        "source",
                        "plan",
                        "sections",
                        "indicators",
                        "targets",
                        "responsibilities",
                        "projects",
                        "project_summaries");
        assertThat(json.get("source").get("format").asString()).isEqualTo("txt");
        assertThat(json.get("source").get("encoding").asString()).isEqualTo("UTF-8");
        assertThat(json.get("source").get("sha256").asString()).hasSize(64);
        assertThat(json.get("plan").get("kind").asString()).isEqualTo("urbanization_plan");
        assertThat(json.get("plan").get("period").get("from").asInt()).isEqualTo(2024);
        assertThat(json.get("plan").get("period").get("to").asInt()).isEqualTo(2026);
        assertThat(json.get("sections")
                        .get(1)
                        .get("children")
                        .get(1)
                        .get("marker")
                        .asString())
                .isEqualTo("（二）");
    }

    @Test
    void severalFilesGiveAnArrayInTheSameOrder() {
        Run r = run(
                "extract",
                Seeds.path(Seeds.REGIONAL_URBANIZATION).toString(),
                EXAMPLE.toString(),
                Seeds.path(Seeds.HANGJIN_URBANIZATION).toString());
        assertThat(r.exit()).isZero();
        JsonNode json = JsonMapper.shared().readTree(r.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(3);
        assertThat(json.get(0).get("plan").get("region").asString()).isEqualTo("内蒙古自治区");
        assertThat(json.get(1).get("plan").get("region").asString()).isEqualTo("示例旗");
        assertThat(json.get(2).get("plan").get("region").asString()).isEqualTo("杭锦旗");
    }

    @Test
    void textFormatIsAReadableSummary() {
        Run r = run(
                "extract",
                "--format",
                "text",
                Seeds.path(Seeds.REGIONAL_URBANIZATION).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("regional_plan", "内蒙古自治区", "2023–2025", "（三十七）强化规划引领");
    }

    @Test
    void anUnreadableFileExitsWithTwoAndOneLineNamingItAndPrintsNothing(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run r = run("extract", EXAMPLE.toString(), empty.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines())
                .singleElement()
                .asString()
                .contains("empty.txt")
                .contains("empty");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingFileAndUnsupportedTypeAreNamed(@TempDir Path dir) throws Exception {
        Run missing = run("extract", dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.txt: no such file");

        Path xls = Files.write(dir.resolve("plan.xls"), "x".getBytes(StandardCharsets.UTF_8));
        Run unsupported = run("extract", xls.toString());
        assertThat(unsupported.exit()).isEqualTo(2);
        assertThat(unsupported.err()).contains("plan.xls: unsupported file type '.xls'");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, "规划".repeat(400_000).getBytes(StandardCharsets.UTF_8)); // 2.4 MB
        Run r = run("extract", "--max-size", "1", big.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("big.txt").contains("over the limit of 1.0 MB");
    }

    @Test
    void helpAndVersionWork() {
        assertThat(run("--help").out()).contains("extract");
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().strip()).matches("lantu \\d+\\.\\d+\\.\\d+.*");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> hostileFiles() throws Exception {
        byte[] docx = org.lantu.ingest.internal.read.Fixtures.docx();
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("empty.txt", new byte[0], "empty"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "garbage.txt",
                        new byte[] {0, 1, 2, 3, 4, 5, (byte) 0xFE, 0, 0, 9, 8, 7, 6, 5, 4, 3},
                        "not a text document"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "truncated.docx", java.util.Arrays.copyOf(docx, docx.length / 2), "damaged or truncated"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "bomb.docx", org.lantu.ingest.internal.read.Fixtures.docxBomb(200L * 1024 * 1024), "zip bomb"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "xxe.docx",
                        org.lantu.ingest.internal.read.Fixtures.docxWithExternalEntity(Path.of("/etc/hostname")),
                        "DOCTYPE"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "scan.pdf", org.lantu.ingest.internal.read.Fixtures.drawingPdf(2, false), "no text layer"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "old.doc", org.lantu.ingest.internal.read.Fixtures.wordDoc97(), ".doc"),
                org.junit.jupiter.params.provider.Arguments.of("plan.xlsx", docx, "unsupported file type"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("hostileFiles")
    void hostileInputExitsWithTwoAndOneClearLine(String name, byte[] content, String reason, @TempDir Path dir)
            throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        Run r = run("extract", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines())
                .singleElement()
                .asString()
                .startsWith("lantu extract: " + file)
                .contains(reason)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
