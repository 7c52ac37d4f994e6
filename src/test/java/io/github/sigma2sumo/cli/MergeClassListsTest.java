package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's merge of the training runs' class lists (src/main/launcher/MergeClassLists.java),
 * run as the build runs it, with {@code java File.java}: sorted, each line as often as the run
 * that wrote it most often, other files ignored, written whole.
 */
class MergeClassListsTest {
  private static final Path SOURCE =
      Path.of(System.getProperty("project.root", "."), "src/main/launcher/MergeClassLists.java");
  private static final String LAMBDA = "@lambda-proxy a/B apply ()Ljava/util/function/Function; x";

  @TempDir Path dir;

  private int merge(Path out, Path lists) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), SOURCE.toString(), out.toString(), lists.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("merge.log").toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  @Test
  void linesAreSortedAndKeptAsOftenAsOneRunWroteThem() throws Exception {
    Path lists = Files.createDirectories(dir.resolve("cds"));
    Files.writeString(lists.resolve("compile.classlist"), "b/C\n" + LAMBDA + "\n" + LAMBDA + "\na/A\n");
    Files.writeString(lists.resolve("lint.classlist"), "a/A\n" + LAMBDA + "\nc/D\n");
    Files.writeString(lists.resolve("compile.log"), "not a class list\n");
    Path out = dir.resolve("sigma2sumo.classlist");
    assertThat(merge(out, lists)).isZero();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
        .containsExactly(LAMBDA, LAMBDA, "a/A", "b/C", "c/D");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("cds", "sigma2sumo.classlist", "merge.log");
  }

  @Test
  void noListsGiveAnEmptyListAndAMissingDirectoryNoList() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path out = dir.resolve("out.classlist");
    assertThat(merge(out, empty)).isZero();
    assertThat(out).isEmptyFile();
    Path none = dir.resolve("none.classlist");
    assertThat(merge(none, dir.resolve("missing"))).isNotZero();
    assertThat(none).doesNotExist();
    assertThat(List.of(dir.toFile().list())).noneMatch(n -> n.endsWith(".tmp"));
  }
}
