package io.github.sigma2sumo.diag;

import java.util.Objects;

/**
 * Where a diagnostic points: 1-based lines and columns counted in code points, end inclusive of
 * the last character's column plus one (so an empty range has {@code endColumn == column}).
 */
public record Location(String file, int line, int column, int endLine, int endColumn) {
  public Location {
    if (line < 1 || column < 1 || endLine < line || endColumn < 1) {
      throw new IllegalArgumentException(
          "bad location " + file + ":" + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }

  // written out for the reason given in Diagnostic

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && Objects.equals(file, l.file) && line == l.line && column == l.column
        && endLine == l.endLine && endColumn == l.endColumn;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, endLine, endColumn);
  }
}
