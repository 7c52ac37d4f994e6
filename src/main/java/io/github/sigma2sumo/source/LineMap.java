package io.github.sigma2sumo.source;

import java.util.Arrays;

/**
 * Maps code-point offsets to 1-based lines and columns. Built once per {@link SourceFile}; the
 * only place where offsets become line and column, so every renderer agrees.
 *
 * <p>A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}. Columns count code points.
 */
public final class LineMap {

  private final String text;
  /** True when no character is a surrogate, so code-point offsets are char offsets. */
  private final boolean bmpOnly;
  private final int length;
  private final int[] lineStarts;
  private final int lineCount;

  private LineMap(String text, boolean bmpOnly, int length, int[] lineStarts, int lineCount) {
    this.text = text;
    this.bmpOnly = bmpOnly;
    this.length = length;
    this.lineStarts = lineStarts;
    this.lineCount = lineCount;
  }

  static LineMap of(String text) {
    int[] starts = new int[16];
    int count = 1;
    int cp = 0;
    boolean bmpOnly = true;
    char[] chars = text.toCharArray(); // one copy; String.charAt checks bounds on every call
    int n = chars.length;
    for (int i = 0; i < n; i++, cp++) {
      char c = chars[i];
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
        bmpOnly = false;
        i++;
        continue;
      }
      boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= n || chars[i + 1] != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = cp + 1;
      }
    }
    return new LineMap(text, bmpOnly, cp, starts, count);
  }

  /** Number of code points in the text. */
  public int length() {
    return length;
  }

  public int lineCount() {
    return lineCount;
  }

  /** The 1-based line holding the code point at {@code offset}; offsets past the end map to the last line. */
  public int line(int offset) {
    int clamped = Math.max(0, Math.min(offset, length));
    int index = Arrays.binarySearch(lineStarts, 0, lineCount, clamped);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The 1-based column, in code points, of {@code offset} on its line. */
  public int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, length));
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }

  /** Offset of the first code point of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** The text of a 1-based line without its line terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineCount ? lineStarts[line] : length;
    String lineText = slice(start, end);
    int cut = lineText.length();
    while (cut > 0 && (lineText.charAt(cut - 1) == '\n' || lineText.charAt(cut - 1) == '\r')) {
      cut--;
    }
    return lineText.substring(0, cut);
  }

  String slice(int start, int end) {
    int s = Math.max(0, Math.min(start, length));
    int e = Math.max(s, Math.min(end, length));
    if (bmpOnly) {
      return text.substring(s, e);
    }
    int from = text.offsetByCodePoints(0, s);
    return text.substring(from, text.offsetByCodePoints(from, e - s));
  }
}
