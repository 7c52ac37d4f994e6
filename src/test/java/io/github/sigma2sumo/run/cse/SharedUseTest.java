package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A prepared expression and a rule are shared by threads: each gives the answers it gives alone. */
class SharedUseTest {

  @Test
  void threadsSharingOneExpressionGetTheSequentialAnswers() throws Exception {
    CseExpression e = Json.expression("lower(commandLine) LIKE '%who_mi%' OR commandLine matches /(?i)net\\s+user/"
        + " OR commandLine RLIKE 'ip(config|route)'");
    List<YMap> records = new ArrayList<>();
    String[] lines = {"whoami", "WHOAMI /all", "net  user x", "ipconfig", "iproute", "id", "NET USER"};
    for (int i = 0; i < 700; i++) {
      records.add(Json.record("{\"commandLine\": \"" + lines[i % lines.length] + " " + i + "\"}"));
    }
    List<Outcome> sequential = records.stream().map(e::test).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Outcome>>> parallel = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        parallel.add(pool.submit(() -> records.stream().map(r -> e.explain(r).outcome()).toList()));
      }
      for (Future<List<Outcome>> f : parallel) {
        assertThat(f.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential).filteredOn(Outcome::isMatch).hasSize(600);
  }
}
