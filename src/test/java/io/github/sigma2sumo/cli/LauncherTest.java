package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script (src/main/launcher/sigma2sumo), run by /bin/sh against a stand-in java that
 * records its arguments: which class-data archive it makes and when, that it keeps the user's
 * arguments intact, and that every failure falls back to something that still runs.
 */
class LauncherTest {

  private static final Path SCRIPT = Path.of(System.getProperty("project.root", "."), "src/main/launcher/sigma2sumo");

  /**
   * Appends its arguments, one per line, and a line "--" to $FAKE_LOG; a dump creates the archive
   * unless $FAKE_DUMP_FAILS is set.
   */
  private static final String FAKE_JAVA = """
      #!/bin/sh
      for a in "$@"; do printf '%s\\n' "$a" >> "$FAKE_LOG"; done
      echo -- >> "$FAKE_LOG"
      case " $* " in
        *" -Xshare:dump "*)
          [ -n "$FAKE_DUMP_FAILS" ] && exit 1
          for a in "$@"; do
            case $a in -XX:SharedArchiveFile=*) echo archive > "${a#*=}" ;; esac
          done ;;
      esac
      exit 0
      """;

  @TempDir Path root;
  private Path install;
  private Path cache;
  private Path log;

  @BeforeEach
  void setUp() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    install = Files.createDirectories(root.resolve("opt with space/sigma2sumo"));
    Files.copy(SCRIPT, install.resolve("sigma2sumo"));
    Files.writeString(install.resolve("sigma2sumo.jar"), "jar");
    Files.writeString(install.resolve("sigma2sumo.classlist"), "java/lang/Object\n");
    Path java = Files.createDirectories(root.resolve("jdk/bin")).resolve("java");
    Files.writeString(java, FAKE_JAVA);
    java.toFile().setExecutable(true);
    cache = root.resolve("cache");
    log = root.resolve("java.log");
  }

  @Test
  void theFirstRunDumpsAnArchiveFromTheClassListAndLaterRunsMapIt() throws Exception {
    List<List<String>> first = run(Map.of(), "compile", "a b.yml", "*");
    assertThat(first).hasSize(2);
    assertThat(first.get(0)).contains("-Xshare:dump",
        "-XX:SharedClassListFile=" + install.resolve("sigma2sumo.classlist"), "-cp", install.resolve("sigma2sumo.jar").toString());
    Path archive = onlyArchive();
    assertThat(first.get(1)).contains("-XX:SharedArchiveFile=" + archive)
        .endsWith("-jar", install.resolve("sigma2sumo.jar").toString(), "compile", "a b.yml", "*");

    List<List<String>> second = run(Map.of(), "lint", "x.sumo");
    assertThat(second).hasSize(1);
    assertThat(second.get(0)).contains("-XX:SharedArchiveFile=" + archive).endsWith("lint", "x.sumo");
  }

  @Test
  void aNewJarGetsANewArchiveAndTheOldOneIsRemoved() throws Exception {
    run(Map.of());
    Path old = onlyArchive();
    Path jar = install.resolve("sigma2sumo.jar");
    Files.writeString(jar, "another jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
    List<List<String>> runs = run(Map.of());
    assertThat(runs).hasSize(2);
    assertThat(onlyArchive()).isNotEqualTo(old);
  }

  @Test
  void aFailedDumpFallsBackToADynamicArchiveAndLeavesNoTemporaryFile() throws Exception {
    List<List<String>> runs = run(Map.of("FAKE_DUMP_FAILS", "1"), "compile", "x.yml");
    assertThat(runs).hasSize(2);
    assertThat(runs.get(1)).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + cache.resolve("sigma2sumo")))
        .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
    assertThat(archives()).isEmpty();
  }

  @Test
  void withoutAClassListTheFirstRunWritesADynamicArchive() throws Exception {
    Files.delete(install.resolve("sigma2sumo.classlist"));
    List<List<String>> runs = run(Map.of(), "lint", "x.sumo");
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0)).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=")).endsWith("lint", "x.sumo");
  }

  @Test
  void aSymlinkToTheScriptFindsTheJarBesideTheScript() throws Exception {
    Path bin = Files.createDirectories(root.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("sigma2sumo"), bin.relativize(install.resolve("sigma2sumo")));
    Process process = launcher(Map.of()).command("/bin/sh", bin.resolve("sigma2sumo").toString(), "lint", "x.sumo").start();
    assertThat(process.waitFor()).isZero();
    assertThat(Files.readAllLines(log)).contains(install.resolve("sigma2sumo.jar").toString());
  }

  @Test
  void noJavaIsAUsageErrorWithAMessage() throws Exception {
    ProcessBuilder builder = launcher(Map.of()).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", root.resolve("nowhere").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isEqualTo(ExitCodes.USAGE);
    assertThat(output).contains("no java found");
  }

  /** Runs the launcher and returns the argument lists of the java processes it started. */
  @Test
  void theReleaseLayoutFindsTheJarAndItsClassListInLib() throws Exception {
    Path top = install.getParent().resolve("sigma2sumo-1.0");
    Path bin = Files.createDirectories(top.resolve("bin"));
    Path lib = Files.createDirectories(top.resolve("lib"));
    Files.move(install.resolve("sigma2sumo"), bin.resolve("sigma2sumo"));
    Files.move(install.resolve("sigma2sumo.jar"), lib.resolve("sigma2sumo.jar"));
    Files.move(install.resolve("sigma2sumo.classlist"), lib.resolve("sigma2sumo.classlist"));
    install = bin;
    List<List<String>> runs = run(Map.of(), "--version");
    assertThat(runs.get(0)).contains("-XX:SharedClassListFile=" + top.resolve("lib/sigma2sumo.classlist"));
    assertThat(runs.get(1)).endsWith("-jar", top.resolve("lib/sigma2sumo.jar").toString(), "--version");
  }

  @Test
  void noJarIsAClearErrorNotAJavaStackTrace() throws Exception {
    Files.delete(install.resolve("sigma2sumo.jar"));
    Process process = launcher(Map.of(), "--version").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isEqualTo(2);
    assertThat(output).isEqualTo("sigma2sumo: sigma2sumo.jar is neither beside this script nor in ../lib\n");
  }

  private List<List<String>> run(Map<String, String> env, String... args) throws Exception {
    Files.deleteIfExists(log);
    Process process = launcher(env, args).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output).isEmpty();
    List<List<String>> runs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (line.equals("--")) {
        runs.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    return runs;
  }

  private ProcessBuilder launcher(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of("/bin/sh", install.resolve("sigma2sumo").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
    builder.environment().put("JAVA_HOME", root.resolve("jdk").toString());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("FAKE_LOG", log.toString());
    builder.environment().remove("SIGMA2SUMO_JAVA_OPTS");
    builder.environment().putAll(env);
    return builder;
  }

  private Path onlyArchive() throws IOException {
    List<Path> archives = archives();
    assertThat(archives).hasSize(1);
    return archives.get(0);
  }

  private List<Path> archives() throws IOException {
    Path dir = cache.resolve("sigma2sumo");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> !f.getFileName().toString().equals("dump-error.log")).toList();
    }
  }
}
