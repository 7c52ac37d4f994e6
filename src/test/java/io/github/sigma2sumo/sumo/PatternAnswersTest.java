package io.github.sigma2sumo.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Answers are worked out once per pattern while they fit the bound, and are right either way. */
class PatternAnswersTest {

  @Test
  void aPatternMetAgainIsNotAskedAgain() {
    List<String> asked = new ArrayList<>();
    PatternAnswers answers = new PatternAnswers(1_000, p -> {
      asked.add(p);
      return p.contains("(") ? Optional.of("bad " + p) : Optional.empty();
    });
    assertThat(answers.of("a(")).contains("bad a(");
    assertThat(answers.of("b")).isEmpty();
    assertThat(answers.of(new String("a("))).contains("bad a(");
    assertThat(answers.of("b")).isEmpty();
    assertThat(asked).containsExactly("a(", "b");
  }

  @Test
  void pastTheBoundAnswersAreWorkedOutEachTime() {
    List<String> asked = new ArrayList<>();
    PatternAnswers answers = new PatternAnswers(5, p -> {
      asked.add(p);
      return Optional.of(p.toUpperCase());
    });
    assertThat(answers.of("abc")).contains("ABC");   // 3 characters kept
    assertThat(answers.of("defg")).contains("DEFG"); // 7 > 5: not kept
    assertThat(answers.of("abc")).contains("ABC");
    assertThat(answers.of("defg")).contains("DEFG");
    assertThat(asked).containsExactly("abc", "defg", "defg");
  }

  @Test
  void threadsGetTheSameAnswers() {
    PatternAnswers answers = new PatternAnswers(1_000_000, p -> Optional.of(new StringBuilder(p).reverse().toString()));
    IntStream.range(0, 20_000).parallel().forEach(i -> {
      String pattern = "p" + i % 500;
      assertThat(answers.of(pattern)).contains(new StringBuilder(pattern).reverse().toString());
    });
  }
}
