package io.github.sigma2sumo.ast;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The round trip's tree comparison: positions are ignored, everything else is compared. */
class AstComparatorTest {
  private static final Span HERE = new Span(0, 3);
  private static final Span THERE = new Span(10, 13);

  private static Expr call(Span span, Expr... args) {
    return new Expr.Call("toLowerCase", List.of(args), span);
  }

  /** {@code toLowerCase(field) = "x"}, all at {@code span}. */
  private static Expr lowerEquals(String field, Span span) {
    Expr lower = call(span, new Expr.FieldRef(field, span));
    return new Expr.Binary(BinaryOp.EQ, lower, new Expr.StringLit("x", span), span);
  }

  @Test
  void theSameTreeElsewhereIsTheSame() {
    Expr a = lowerEquals("a", HERE);
    Expr b = lowerEquals("a", THERE);
    assertThat(AstComparator.firstDifference(a, b)).isEmpty();
    assertThat(AstComparator.sameIgnoringSpans(a, b)).isTrue();
  }

  @Test
  void aDifferenceIsNamedByItsPath() {
    Expr a = lowerEquals("a", HERE);
    Expr b = lowerEquals("b", HERE);
    assertThat(AstComparator.firstDifference(a, b)).contains("left.args[0].name: a vs b");
    assertThat(AstComparator.sameIgnoringSpans(a, b)).isFalse();
  }

  @Test
  void operatorsListsAndOptionalsAreCompared() {
    Expr eq = new Expr.Binary(BinaryOp.EQ, new Expr.FieldRef("a", HERE), new Expr.StringLit("x", HERE), HERE);
    Expr ne = new Expr.Binary(BinaryOp.NE, new Expr.FieldRef("a", HERE), new Expr.StringLit("x", HERE), HERE);
    assertThat(AstComparator.firstDifference(eq, ne)).contains("op: EQ vs NE");
    assertThat(AstComparator.firstDifference(call(HERE, eq), call(HERE, eq, eq))).contains("args: 1 elements vs 2");
    assertThat(AstComparator.firstDifference(List.of(eq), List.of(ne))).contains("[0].op: EQ vs NE");
    assertThat(AstComparator.firstDifference(Optional.of(eq), Optional.empty())).hasValueSatisfying(d ->
        assertThat(d).startsWith("root: "));
    assertThat(AstComparator.firstDifference(eq, new Expr.FieldRef("a", HERE))).hasValueSatisfying(d ->
        assertThat(d).startsWith("root: "));
  }

  /** A private record, with components of primitive type. */
  private record Counted(int count, boolean flag, long big, double ratio, char mark, Span span) {}

  @Test
  void componentsOfPrimitiveTypeAreCompared() {
    Expr matches = new Expr.Matches(new Expr.FieldRef("a", HERE), new Expr.StringLit("*x*", HERE), false, HERE);
    Expr notMatches = new Expr.Matches(new Expr.FieldRef("a", THERE), new Expr.StringLit("*x*", THERE), true, THERE);
    assertThat(AstComparator.firstDifference(matches, notMatches)).contains("negated: false vs true");

    Counted one = new Counted(1, true, 1L << 40, 0.5, 'x', HERE);
    assertThat(AstComparator.firstDifference(one, new Counted(1, true, 1L << 40, 0.5, 'x', THERE))).isEmpty();
    assertThat(AstComparator.firstDifference(one, new Counted(2, true, 1L << 40, 0.5, 'x', HERE)))
        .contains("count: 1 vs 2");
    assertThat(AstComparator.firstDifference(one, new Counted(1, false, 1L << 40, 0.5, 'x', HERE)))
        .contains("flag: true vs false");
    assertThat(AstComparator.firstDifference(one, new Counted(1, true, 1L, 0.5, 'x', HERE)))
        .contains("big: 1099511627776 vs 1");
    assertThat(AstComparator.firstDifference(one, new Counted(1, true, 1L << 40, 0.25, 'x', HERE)))
        .contains("ratio: 0.5 vs 0.25");
    assertThat(AstComparator.firstDifference(one, new Counted(1, true, 1L << 40, 0.5, 'y', HERE)))
        .contains("mark: x vs y");
  }
}
