import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.LintRunner;
import io.github.sigma2sumo.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints every query of a JSON-lines corpus ({"id": ..., "query": ...} per line) in one process,
 * several passes, and prints the time, queries/s and MB/s of each. The first pass includes the
 * JVM's warm-up (class loading, JIT, ANTLR's prediction cache); later passes show steady speed.
 * Run through bench/lint-corpus.sh.
 */
public class LintCorpusBench {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<SourceFile> queries = new ArrayList<>();
    long bytes = 0;
    JsonFactory json = new JsonFactory();
    for (String line : Files.readAllLines(corpus)) {
      String id = null;
      String query = null;
      try (JsonParser p = json.createParser(line)) {
        while (p.nextToken() != null) {
          if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("id")) {
            p.nextToken();
            id = p.getText();
          } else if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("query")) {
            p.nextToken();
            query = p.getText();
          }
        }
      }
      queries.add(SourceFile.of(id, query));
      bytes += query.getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf("corpus: %d queries, %.2f MB%n", queries.size(), bytes / 1e6);
    LintRunner runner = LintRunner.withAllChecks();
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      // the same parallel lint as `sigma2sumo lint` with many inputs
      List<List<Diagnostic>> results = queries.stream().map(runner::lint).toList();
      int findings = results.stream().mapToInt(List::size).sum();
      long withError = results.stream()
          .filter(found -> found.stream().anyMatch(d -> d.severity() == Severity.ERROR)).count();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("pass %d: %.3f s, %.0f queries/s, %.2f MB/s (%d findings, %d queries with an error)%n",
          pass, seconds, queries.size() / seconds, bytes / 1e6 / seconds, findings, withError);
    }
  }
}
