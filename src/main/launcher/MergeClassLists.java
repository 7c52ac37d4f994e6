import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Merges the class lists of the build's training runs into the one the launcher dumps its
 * class-data archive from: {@code java MergeClassLists.java OUT DIR} reads every
 * {@code DIR/*.classlist} and writes OUT, sorted, so the same runs give the same file.
 *
 * <p>A line is kept as many times as the run that wrote it most often wrote it, not once: a
 * {@code @lambda-proxy} line names a lambda by its shape, and two call sites of one shape in one
 * class (two {@code Mark::getIndex} in a row) are two lines. Given once, {@code -Xshare:dump}
 * archives one proxy class and the second call site spins its own at run time. Given as often as
 * several runs wrote it together, a line would be archived once per run (and JDK 17 crashes in
 * {@code adjust_lambda_proxy_class_dictionary} when a lambda of a Java 5 interface, such as
 * picocli's, is listed twice; the launcher then falls back to a dynamic archive).
 */
public final class MergeClassLists {
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java MergeClassLists.java OUT DIR");
      System.exit(2);
    }
    Map<String, Integer> most = new TreeMap<>();
    try (Stream<Path> lists = Files.list(Path.of(args[1]))) {
      lists.filter(p -> p.toString().endsWith(".classlist")).forEach(list -> {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines(list)) {
          counts.merge(line, 1, Integer::sum);
        }
        counts.forEach((line, n) -> most.merge(line, n, Math::max));
      });
    }
    StringBuilder out = new StringBuilder();
    most.forEach((line, n) -> out.append((line + "\n").repeat(n)));
    Path target = Path.of(args[0]);
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(temporary, out, StandardCharsets.UTF_8);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<String> lines(Path list) {
    try {
      return Files.readAllLines(list, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
