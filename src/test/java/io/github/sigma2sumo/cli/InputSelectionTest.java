package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.source.SourceFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files the commands read: each file once however often it is named, no hidden folders, no
 * excluded paths, no YAML that is plainly something else when found in a folder, and text in the
 * encodings editors write.
 */
class InputSelectionTest {

  @TempDir Path dir;

  private static final String RULE = """
      title: Alpha
      id: 11111111-1111-4111-8111-111111111111
      logsource: {category: process_creation, product: windows}
      detection:
          selection: {Image|endswith: '\\\\alpha.exe'}
          condition: selection
      """;

  private Inputs read(List<String> paths, List<String> excludes) {
    return Inputs.read(paths, List.of(".yml", ".yaml"), new ByteArrayInputStream(new byte[0]), excludes);
  }

  @Test
  void aFileNamedTwiceIsReadOnce() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("rules/sub"));
    Path rule = Files.writeString(sub.resolve("a.yml"), RULE);
    Path link = Files.createSymbolicLink(dir.resolve("link.yml"), rule);
    Inputs inputs = read(List.of(dir.resolve("rules").toString(), sub.toString(), rule.toString(),
        dir.resolve("rules/./sub/a.yml").toString(), link.toString()), List.of());
    assertThat(inputs.sources).extracting(SourceFile::name).containsExactly(rule.toString());
  }

  @Test
  void lintAndCompileOfAFolderAndItsSubfolderSeeNoDuplicate() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("rules/t1567.002"));
    Files.writeString(sub.resolve("a.yml"), RULE);
    CliRun lint = CliRun.of("lint", dir.resolve("rules").toString(), sub.toString());
    assertThat(lint.out()).doesNotContain("sigma-duplicate-id");
    Path out = dir.resolve("out");
    CliRun compile = CliRun.of("compile", "-o", out.toString(), dir.resolve("rules").toString(), sub.toString());
    assertThat(compile.code()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.sumo",
          ".sigma2sumo-manifest-search");
    }
  }

  @Test
  void hiddenFoldersAreNotEnteredAndExcludesLeaveOutWhatTheyMatch() throws Exception {
    Path root = dir.resolve("repo");
    for (String file : List.of(".github/workflows/rule.yml", ".git/x.yml", "rules/a.yml", "rules/a_test.yml",
        "rules/deprecated/old.yml", "vendor/v.yml")) {
      Files.createDirectories(root.resolve(file).getParent());
      Files.writeString(root.resolve(file), RULE);
    }
    assertThat(read(List.of(root.toString()), List.of()).sources).extracting(s -> root.relativize(Path.of(s.name())))
        .map(Path::toString).containsExactly("rules/a.yml", "rules/a_test.yml", "rules/deprecated/old.yml",
            "vendor/v.yml");
    assertThat(read(List.of(root.toString()), List.of("*_test.yml", "rules/deprecated", "vendor")).sources)
        .extracting(s -> root.relativize(Path.of(s.name())).toString()).containsExactly("rules/a.yml");
    assertThat(read(List.of(root.toString()), List.of("rules/deprecated/**")).sources)
        .extracting(s -> root.relativize(Path.of(s.name())).toString()).doesNotContain("rules/deprecated/old.yml");
    // a hidden folder named on its own is read
    assertThat(read(List.of(root.resolve(".github").toString()), List.of()).sources).hasSize(1);
  }

  @Test
  void yamlThatIsPlainlyNoRuleIsSkippedInAFolderAndAnErrorWhenNamed() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("a.yml"), RULE);
    Path pipeline = Files.writeString(rules.resolve("pipeline.yml"),
        "name: mine\ntransformations:\n  - type: field_name_mapping\n    mapping: {a: b}\n");
    Files.writeString(rules.resolve("ci.yml"), "name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n");
    Files.writeString(rules.resolve("broken.yml"), "title: Broken\nlogsource: {product: windows}\n");
    CliRun compile = CliRun.of("compile", rules.toString());
    assertThat(compile.code()).isEqualTo(1); // broken.yml, a rule without detection, still fails
    assertThat(compile.err()).contains("broken.yml").doesNotContain("pipeline.yml").doesNotContain("ci.yml");
    CliRun verbose = CliRun.of("compile", "--verbose", rules.toString());
    assertThat(verbose.err())
        .contains("note: " + rules.resolve("ci.yml") + ": skipped, not a Sigma rule: it is a GitHub Actions workflow")
        .contains("note: " + pipeline + ": skipped, not a Sigma rule: it is a processing pipeline ('transformations'); "
            + "give it with -p/--pipeline");
    CliRun named = CliRun.of("compile", pipeline.toString());
    assertThat(named.code()).isEqualTo(1);
    assertThat(named.err()).contains("pipeline.yml:1:1: error[sigma-syntax]: not a Sigma rule: it is a processing "
        + "pipeline");
    assertThat(CliRun.of("lint", rules.toString()).out()).doesNotContain("ci.yml").doesNotContain("pipeline.yml");
  }

  @Test
  void utf16IsReadAsUtf16WithOrWithoutAByteOrderMark() throws Exception {
    String text = RULE.replace("Alpha", "Älpha");
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] plain = text.getBytes(charset);
      byte[] mark = ("\uFEFF" + text).getBytes(charset);
      Path without = Files.write(dir.resolve(charset.name() + ".yml"), plain);
      Path with = Files.write(dir.resolve(charset.name() + "-bom.yml"), mark);
      Inputs inputs = read(List.of(without.toString(), with.toString()), List.of());
      assertThat(inputs.unreadable).isEmpty();
      assertThat(inputs.sources).extracting(SourceFile::text).containsExactly(text, text);
    }
  }

  @Test
  void otherEncodingsAreNamedWithThePlaceOfTheFirstBadByte() throws Exception {
    Path latin = Files.write(dir.resolve("latin.yml"), "title: x\ndescription: café\n".getBytes(StandardCharsets.ISO_8859_1));
    Path curly = Files.write(dir.resolve("curly.yml"), "title: \u201cx\u201d\n".getBytes(Charset.forName("windows-1252")));
    Path binary = Files.write(dir.resolve("binary.yml"), new byte[] {'t', 0, 0, 1, 2, (byte) 0xff, 7});
    Inputs inputs = read(List.of(latin.toString(), curly.toString(), binary.toString()), List.of());
    assertThat(inputs.unreadable).extracting(Inputs.Unreadable::reason).containsExactly(
        "not valid UTF-8: byte 0xE9 at line 2, column 17; it looks like ISO-8859-1 or Windows-1252, so convert it "
            + "to UTF-8 (iconv -f WINDOWS-1252 -t UTF-8)",
        "not valid UTF-8: byte 0x93 at line 1, column 8; it looks like Windows-1252 (0x80-0x9F hold its curly "
            + "quotes and dashes), so convert it to UTF-8 (iconv -f WINDOWS-1252 -t UTF-8)",
        "binary file (NUL byte at offset 1)");
  }

  @Test
  void lintAndPackOfNothingAreUsageErrorsUnlessAllowed() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun lint = CliRun.of("lint", empty.toString());
    assertThat(lint.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(lint.err()).contains("error: nothing to lint in " + empty);
    assertThat(CliRun.of("lint", "--allow-empty", empty.toString()).code()).isZero();
    Path pack = dir.resolve("pack.tf");
    CliRun packed = CliRun.of("pack", empty.toString(), "--format", "terraform", "-o", pack.toString());
    assertThat(packed.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(packed.err()).contains("no Sigma rule found, so the pack would be empty");
    assertThat(pack).doesNotExist();
    assertThat(CliRun.of("pack", "--allow-empty", empty.toString(), "--format", "terraform", "-o", pack.toString())
        .code()).isZero();
    assertThat(pack).exists();
  }

  @Test
  void packToDashWritesStandardOutputAndNoFile() throws Exception {
    Path rule = Files.writeString(dir.resolve("a.yml"), RULE);
    CliRun run = CliRun.of("pack", rule.toString(), "--format", "cse-rules", "-o", "-");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("{").contains("\"rules\"");
    assertThat(run.err()).contains("standard output: 1 rule(s) written as cse-rules");
    assertThat(Path.of("-")).doesNotExist();
    CliRun stdout = CliRun.of("pack", rule.toString(), "--format", "content", "-o", "/dev/stdout");
    assertThat(stdout.out()).contains("FolderSyncDefinition");
  }
}
