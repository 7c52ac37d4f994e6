package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sigma2sumo.source.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading what a command names: the directory walk, and reading a file or a pipe whole. */
class InputsTest {

  @TempDir Path dir;

  @Test
  void aDirectoryGivesItsRuleFilesSortedAndLinkedFilesButNotLinkedDirectories() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/z.yml"), "title: z");
    Files.writeString(dir.resolve("a.yaml"), "title: a");
    Files.writeString(dir.resolve("notes.txt"), "not a rule");
    Path elsewhere = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-elsewhere"));
    Files.writeString(elsewhere.resolve("linked.yml"), "title: linked");
    Files.createSymbolicLink(dir.resolve("linked.yml"), elsewhere.resolve("linked.yml"));
    Files.createSymbolicLink(dir.resolve("tree.yml"), elsewhere);

    Inputs inputs = Inputs.read(List.of(dir.toString()), List.of(".yml", ".yaml"), new ByteArrayInputStream(new byte[0]));

    assertThat(inputs.unreadable).isEmpty();
    assertThat(inputs.sources).extracting(SourceFile::text).containsExactly("title: a", "title: z", "title: linked");
    assertThat(inputs.sources.get(2).name()).endsWith("linked.yml");
  }

  @Test
  void aDirectoryNamedThroughALinkIsListed() throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules/x.yml"));
    Files.writeString(rules.resolve("r.yml"), "title: r");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("rules"));

    Inputs inputs = Inputs.read(List.of(link.toString()), List.of(".yml"), new ByteArrayInputStream(new byte[0]));

    assertThat(inputs.notices).isEmpty();
    assertThat(inputs.sources).extracting(SourceFile::name).containsExactly(link.resolve("x.yml/r.yml").toString());
  }

  @Test
  void aDeepTreeIsListedInTheOrderOfASortedWalk() throws IOException {
    Random random = new Random(7);
    for (int i = 0; i < 400; i++) {
      Path d = dir;
      for (int depth = random.nextInt(6); depth > 0; depth--) {
        d = d.resolve(List.of("a", "B", "a.b", "a-b", "z", "_").get(random.nextInt(6)));
      }
      Files.createDirectories(d);
      Files.writeString(d.resolve(List.of("r", "R", "r.x", "é", "a.b").get(random.nextInt(5)) + i
          + List.of(".yml", ".yaml", ".txt").get(random.nextInt(3))), "title: " + i);
    }
    List<Path> expected;
    try (var walk = Files.find(dir, Integer.MAX_VALUE, (f, a) -> a.isRegularFile()
        && (f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")))) {
      expected = walk.sorted().toList();
    }

    assertThat(new DirectoryWalk(List.of(".yml", ".yaml"), List.of()).find(dir)).hasSizeGreaterThan(200).isEqualTo(expected);
  }

  @Test
  void aDirectoryThatCannotBeListedIsNamed() {
    assertThatThrownBy(() -> new DirectoryWalk(List.of(".yml"), List.of()).find(dir.resolve("gone")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void aFileIsReadWholeInOneArray() throws IOException {
    byte[] text = "title: x\n".repeat(5000).getBytes(StandardCharsets.US_ASCII);
    assertThat(Inputs.readAll(new Chunks(text, 7), text.length, 1 << 20)).hasValue(text);
  }

  @Test
  void aPipeOrAGrowingFileIsReadToItsEnd() throws IOException {
    byte[] text = new byte[100_000];
    new Random(7).nextBytes(text);
    assertThat(Inputs.readAll(new Chunks(text, 3001), 0, 1 << 20)).hasValue(text);   // a pipe: no size
    assertThat(Inputs.readAll(new Chunks(text, 3001), 10, 1 << 20)).hasValue(text);  // grew after its size was taken
    assertThat(Inputs.readAll(new Chunks(new byte[0], 1), 0, 1 << 20).orElseThrow()).isEmpty();
  }

  @Test
  void pastTheLimitNothingIsKept() throws IOException {
    byte[] text = new byte[5000];
    assertThat(Inputs.readAll(new Chunks(text, 64), 0, 4999)).isEmpty();
    assertThat(Inputs.readAll(new Chunks(text, 64), 0, 5000).orElseThrow()).hasSize(5000);
    assertThat(Inputs.readAll(new Chunks(text, 64), 100, 4999)).isEmpty();
  }

  @Test
  void anEmptyFileIsAnEmptySource() throws IOException {
    Files.writeString(dir.resolve("empty.yml"), "");
    Inputs inputs = Inputs.read(List.of(dir.resolve("empty.yml").toString()), List.of(".yml"), new ByteArrayInputStream(new byte[0]));
    assertThat(inputs.sources).extracting(SourceFile::text).containsExactly("");
  }

  /** Gives {@code text} at most {@code chunk} bytes per read, as a pipe does. */
  private static final class Chunks implements ReadableByteChannel {
    private final byte[] text;
    private final int chunk;
    private int at;

    Chunks(byte[] text, int chunk) {
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public int read(ByteBuffer into) {
      if (at == text.length) {
        return -1;
      }
      int n = Math.min(chunk, Math.min(into.remaining(), text.length - at));
      into.put(text, at, n);
      at += n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
