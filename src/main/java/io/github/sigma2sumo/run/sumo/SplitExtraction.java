package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code csv f extract ...} and {@code split f delim=',' extract ...}: the input split into columns
 * (docs parse-operators/parse-csv-formatted-logs.md, parse-delimited-logs-using-split.md).
 * Defaults: delimiter {@code ,}, quote {@code "}, escape {@code \}. A quoted column runs to the next
 * unescaped quote; the escape character makes the next character plain; a doubled quote inside
 * quotes is one quote (the CSV convention). Each item names a 1-based column; a column the input
 * does not have is null. These operators take no {@code nodrop} and drop no message; every input
 * matches.
 */
final class SplitExtraction implements Extraction {
  private final char delimiter;
  private final char quote;
  private final char escape;
  private final int[] columns;
  private final Key key;

  private record Key(char delimiter, char quote, char escape, List<Integer> columns) {}

  SplitExtraction(char delimiter, char quote, char escape, int[] columns) {
    this.delimiter = delimiter;
    this.quote = quote;
    this.escape = escape;
    this.columns = columns.clone();
    List<Integer> cols = new ArrayList<>();
    for (int c : columns) {
      cols.add(c);
    }
    this.key = new Key(delimiter, quote, escape, cols);
  }

  @Override
  public Value @Nullable [] extract(String input) {
    List<String> parts = split(input);
    Value[] out = new Value[columns.length];
    for (int i = 0; i < columns.length; i++) {
      int c = columns[i] - 1;
      out[i] = c >= 0 && c < parts.size() ? Value.of(parts.get(c)) : Value.NULL;
    }
    return out;
  }

  List<String> split(String input) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == escape && i + 1 < input.length() && escape != quote) {
        field.append(input.charAt(++i));
      } else if (quoted) {
        if (c == quote && i + 1 < input.length() && input.charAt(i + 1) == quote) {
          field.append(quote);
          i++;
        } else if (c == quote) {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == quote) {
        quoted = true;
      } else if (c == delimiter) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }

  @Override
  public Object key() {
    return key;
  }
}
