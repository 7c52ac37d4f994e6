package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A lookup table as a CSV file gives it: a header line of column names (spaces around them
 * trimmed) and rows of values, every value text (docs search-operators/lookup.md, "CSV file
 * requirements"). Fields may be quoted with double quotes, a doubled quote standing for one
 * (RFC 4180); a quoted field may span lines.
 */
public record LookupTable(List<String> columns, List<List<String>> rows) {

  public LookupTable {
    columns = List.copyOf(columns);
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
      }
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
  }

  /**
   * Reads CSV text; throws {@link IllegalArgumentException} naming the line for an unterminated
   * quote, a row whose number of values differs from the header's, or text with no header.
   */
  public static LookupTable fromCsv(String text) {
    Objects.requireNonNull(text, "text");
    List<List<String>> lines = Csv.records(text);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a lookup table needs a header line");
    }
    List<String> header = lines.get(0).stream().map(String::strip).toList();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> row = lines.get(i);
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("record " + (i + 1) + " has " + row.size() + " values for "
            + header.size() + " columns");
      }
      rows.add(row);
    }
    return new LookupTable(header, rows);
  }

  /** RFC 4180 records; a quote inside an unquoted field is kept as it is. */
  private static final class Csv {
    static List<List<String>> records(String text) {
      List<List<String>> out = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      int line = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            if (c == '\n') {
              line++;
            }
            field.append(c);
          }
        } else if (c == '"' && field.length() == 0 && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          record.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          record.add(field.toString());
          out.add(record);
          record = new ArrayList<>();
          field.setLength(0);
          wasQuoted = false;
          line++;
        } else {
          field.append(c);
        }
      }
      if (quoted) {
        throw new IllegalArgumentException("line " + line + ": a quoted value is not closed");
      }
      if (field.length() > 0 || !record.isEmpty() || wasQuoted) {
        record.add(field.toString());
        out.add(record);
      }
      return out;
    }
  }
}
