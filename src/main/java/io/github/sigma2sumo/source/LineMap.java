package io.github.sigma2sumo.source;

import java.util.Arrays;

/**
 * Maps code-point offsets to 1-based lines and columns. Built once per {@link SourceFile}; the
 * only place where offsets become line and column, so every renderer agrees.
 *
 * <p>A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}. Columns count code points.
 */
public final class LineMap {

  private final int[] codePoints;
  private final int[] lineStarts;
  private final int lineCount;

  private LineMap(int[] codePoints, int[] lineStarts, int lineCount) {
    this.codePoints = codePoints;
    this.lineStarts = lineStarts;
    this.lineCount = lineCount;
  }

  static LineMap of(String text) {
    int[] cps = text.codePoints().toArray();
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= cps.length || cps[i + 1] != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return new LineMap(cps, starts, count);
  }

  /** Number of code points in the text. */
  public int length() {
    return codePoints.length;
  }

  public int lineCount() {
    return lineCount;
  }

  /** The 1-based line holding the code point at {@code offset}; offsets past the end map to the last line. */
  public int line(int offset) {
    int clamped = Math.max(0, Math.min(offset, codePoints.length));
    int index = Arrays.binarySearch(lineStarts, 0, lineCount, clamped);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The 1-based column, in code points, of {@code offset} on its line. */
  public int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, codePoints.length));
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }

  /** Offset of the first code point of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** The text of a 1-based line without its line terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineCount ? lineStarts[line] : codePoints.length;
    while (end > start && (codePoints[end - 1] == '\n' || codePoints[end - 1] == '\r')) {
      end--;
    }
    return new String(codePoints, start, end - start);
  }

  String slice(int start, int end) {
    int s = Math.max(0, Math.min(start, codePoints.length));
    int e = Math.max(s, Math.min(end, codePoints.length));
    return new String(codePoints, s, e - s);
  }
}
