package io.github.sigma2sumo.source;

import java.util.Objects;

/**
 * A named piece of text that diagnostics point into: a file on disk, standard input or a string
 * made in a test. The text is held as code points so that {@link Span} offsets index it directly.
 */
public final class SourceFile {

  private final String name;
  private final String text;
  /** Made on first use: most compiled queries and loaded files never report a position. */
  private volatile LineMap lineMap;

  private SourceFile(String name, String text) {
    this.name = Objects.requireNonNull(name, "name");
    this.text = Objects.requireNonNull(text, "text");
  }

  public static SourceFile of(String name, String text) {
    return new SourceFile(name, text);
  }

  /** The name shown in diagnostics: a path relative to where the user ran the tool, or "-". */
  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  public LineMap lineMap() {
    LineMap map = lineMap;
    if (map == null) {
      map = LineMap.of(text); // a race makes two equal maps, which is harmless
      lineMap = map;
    }
    return map;
  }

  /** The length of the text in code points, which spans count. */
  public int codePointLength() {
    LineMap map = lineMap;
    return map != null ? map.length() : text.codePointCount(0, text.length());
  }

  /** The text of a span, by code points. */
  public String slice(Span span) {
    return lineMap().slice(span.start(), span.end());
  }
}
