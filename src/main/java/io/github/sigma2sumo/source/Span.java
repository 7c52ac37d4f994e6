package io.github.sigma2sumo.source;

/**
 * A half-open range {@code [start, end)} of code-point offsets into one {@link SourceFile}.
 *
 * <p>Code points, not UTF-16 units, because both ANTLR's {@code CharStreams.fromString} and
 * snakeyaml-engine's {@code Mark} count code points. Line and column are derived only when a
 * diagnostic is rendered (see {@link LineMap}). Nodes made by a transform carry the span of the
 * node they replace, or {@link #SYNTHETIC} when there is none.
 */
public record Span(int start, int end) {

  /** The span of a node that has no place in any source text. */
  public static final Span SYNTHETIC = new Span(-1, -1);

  public Span {
    if (start < -1 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public boolean isSynthetic() {
    return start < 0;
  }

  public int length() {
    return end - start;
  }

  /** The smallest span covering both; a synthetic side yields the other. */
  public Span union(Span other) {
    if (isSynthetic()) {
      return other;
    }
    if (other.isSynthetic()) {
      return this;
    }
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }
}
