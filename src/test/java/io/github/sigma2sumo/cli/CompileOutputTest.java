package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code compile -o} writes: a directory of browsable files whose stale files are pruned
 * through a manifest, one file with every query, or standard output.
 */
class CompileOutputTest {

  @TempDir Path dir;

  private static String rule(String title, String id) {
    return """
        title: %s
        id: %s
        logsource: {category: process_creation, product: windows}
        detection:
            selection: {Image|endswith: '\\\\%s.exe'}
            condition: selection
        """.formatted(title, id, title.toLowerCase());
  }

  private static final String ID_A = "11111111-1111-4111-8111-111111111111";
  private static final String ID_B = "22222222-2222-4222-8222-222222222222";

  private static List<String> listing(Path directory) throws Exception {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  @Test
  void aDeletedRuleLosesItsFileButFilesTheToolDidNotWriteStay() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Path a = Files.writeString(rules.resolve("a.yml"), rule("Alpha", ID_A));
    Files.writeString(rules.resolve("b.yml"), rule("Beta", ID_B));
    Path out = dir.resolve("out");
    assertThat(CliRun.of("compile", "-o", out.toString(), rules.toString()).code()).isZero();
    Files.writeString(out.resolve("README.md"), "mine");
    assertThat(listing(out)).containsExactly(".sigma2sumo-manifest-search", "README.md", "a.sumo", "b.sumo");

    Files.delete(a);
    assertThat(CliRun.of("compile", "-o", out.toString(), rules.toString()).code()).isZero();
    assertThat(listing(out)).containsExactly(".sigma2sumo-manifest-search", "README.md", "b.sumo");
    assertThat(Files.readString(out.resolve(".sigma2sumo-manifest-search"))).endsWith("\nb.sumo\n");
  }

  @Test
  void noPruneKeepsStaleFilesAndALaterRunStillRemovesThem() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Path a = Files.writeString(rules.resolve("a.yml"), rule("Alpha", ID_A));
    Files.writeString(rules.resolve("b.yml"), rule("Beta", ID_B));
    Path out = dir.resolve("out");
    CliRun.of("compile", "-o", out.toString(), rules.toString());
    Files.delete(a);
    assertThat(CliRun.of("compile", "--no-prune", "-o", out.toString(), rules.toString()).code()).isZero();
    assertThat(listing(out)).contains("a.sumo", "b.sumo");
    CliRun.of("compile", "-o", out.toString(), rules.toString());
    assertThat(listing(out)).doesNotContain("a.sumo").contains("b.sumo");
  }

  @Test
  void bothTargetsShareADirectoryWithoutPruningEachOther() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("a.yml"), rule("Alpha", ID_A));
    Path out = dir.resolve("out");
    CliRun.of("compile", "-o", out.toString(), rules.toString());
    CliRun.of("compile", "--target", "cse", "-o", out.toString(), rules.toString());
    CliRun.of("compile", "-o", out.toString(), rules.toString());
    assertThat(listing(out)).containsExactly(".sigma2sumo-manifest-cse", ".sigma2sumo-manifest-search", "a.cse",
        "a.sumo");
  }

  @Test
  void aManifestNamingFilesOutsideTheDirectoryRemovesNothingThere() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("a.yml"), rule("Alpha", ID_A));
    Path out = Files.createDirectories(dir.resolve("out"));
    Path precious = Files.writeString(dir.resolve("precious.txt"), "keep");
    Files.writeString(out.resolve(".sigma2sumo-manifest-search"), "../precious.txt\n" + precious + "\n");
    assertThat(CliRun.of("compile", "-o", out.toString(), rules.toString()).code()).isZero();
    assertThat(precious).exists();
  }

  @Test
  void treeLayoutMirrorsTheRuleFoldersAndFilesNameTheirRule() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules/windows/process"));
    Files.writeString(rules.resolve("a.yml"), rule("Alpha", ID_A));
    Files.writeString(dir.resolve("rules/b.yml"), rule("Beta", ID_B));
    Path out = dir.resolve("out");
    assertThat(CliRun.of("compile", "--layout", "tree", "-o", out.toString(), dir.resolve("rules").toString()).code())
        .isZero();
    assertThat(listing(out)).containsExactly(".sigma2sumo-manifest-search", "b.sumo", "windows/process/a.sumo");
    assertThat(Files.readString(out.resolve("windows/process/a.sumo")))
        .startsWith("// Alpha (" + ID_A + "), from " + rules.resolve("a.yml") + "\n_sourceCategory=");
    // back to flat: the tree's files and its emptied folders go
    assertThat(CliRun.of("compile", "-o", out.toString(), dir.resolve("rules").toString()).code()).isZero();
    assertThat(listing(out)).containsExactly(".sigma2sumo-manifest-search", "a.sumo", "b.sumo");
    assertThat(out.resolve("windows")).doesNotExist();
  }

  @Test
  void aFileOfSeveralRulesGivesOneFilePerRule() throws Exception {
    Path rules = Files.writeString(dir.resolve("two.yml"), rule("Alpha", ID_A) + "---\n" + rule("Beta", ID_B));
    Path out = dir.resolve("out");
    assertThat(CliRun.of("compile", "-o", out.toString(), rules.toString()).code()).isZero();
    assertThat(listing(out)).containsExactly(".sigma2sumo-manifest-search", "two." + ID_A + ".sumo",
        "two." + ID_B + ".sumo");
  }

  @Test
  void aFileNameWithASuffixGetsEveryQueryInOneFile() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("a.yml"), rule("Alpha", ID_A));
    Files.writeString(rules.resolve("b.yml"), rule("Beta", ID_B));
    Path file = dir.resolve("all.sumo");
    CliRun run = CliRun.of("compile", "-o", file.toString(), rules.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(CliRun.of("compile", rules.toString()).out())
        .contains("// Alpha").contains("// Beta");
    Path json = dir.resolve("all.json");
    assertThat(CliRun.of("compile", "--format", "json", "-o", json.toString(), rules.toString()).code()).isZero();
    assertThat(Files.readString(json)).startsWith("{").contains("\"title\" : \"Beta\"");
  }

  @Test
  void dashIsStandardOutput() throws Exception {
    Path rule = Files.writeString(dir.resolve("a.yml"), rule("Alpha", ID_A));
    CliRun run = CliRun.of("compile", "-o", "-", rule.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("// Alpha");
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void anInputWithoutRulesIsAUsageErrorUnlessAllowed() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun run = CliRun.of("compile", empty.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("error: no Sigma rule found in " + empty + " (--allow-empty accepts this)");
    assertThat(CliRun.of("compile", "--allow-empty", empty.toString()).code()).isZero();
    Path filterOnly = Files.writeString(dir.resolve("filter.yml"), """
        title: A filter
        logsource: {product: windows}
        filter: {rules: [x], selection: {User: admin}, condition: not selection}
        """);
    assertThat(CliRun.of("compile", filterOnly.toString()).code()).isEqualTo(ExitCodes.USAGE);
  }
}
