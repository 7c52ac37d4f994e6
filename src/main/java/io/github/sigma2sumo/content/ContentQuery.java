package io.github.sigma2sumo.content;

import java.util.List;

/**
 * One query found in a host file: its language, what it is in its rule, the item it belongs to as a
 * reader would name it ({@code dashboard "AWS Lambda" › panel "Errors" › query A}), its text with
 * where each code point is written in the host, and, for an aggregation rule's trigger, the names its
 * aggregation functions define (the only names the trigger can read).
 */
public record ContentQuery(Language language, Role role, String item, EmbeddedText text, List<String> names,
    List<Ignore> ignores) {

  public ContentQuery {
    names = List.copyOf(names);
    ignores = List.copyOf(ignores);
  }

  public ContentQuery(Language language, String item, EmbeddedText text) {
    this(language, Role.QUERY, item, text, List.of(), List.of());
  }

  /** The key that stands for a suppression comment in JSON and Terraform, which have none in queries. */
  public static final String IGNORE_KEY = "sigma2sumo-ignore";

  /**
   * A {@code "sigma2sumo-ignore": "check-name reason"} value (or one of a list of them) of an object
   * that holds the query, or a Cloud SIEM rule's tag {@code "sigma2sumo-ignore: check-name reason"};
   * {@code place} is where the value is written.
   */
  public record Ignore(String value, EmbeddedText place) {

    static List<Ignore> of(JsonNodes.Obj o) {
      List<Ignore> out = new java.util.ArrayList<>();
      o.get(IGNORE_KEY).ifPresent(v -> {
        List<JsonNodes.Node> values = v instanceof JsonNodes.Arr a ? a.items() : List.of(v);
        for (JsonNodes.Node n : values) {
          if (n instanceof JsonNodes.Str s) {
            s.text().get().ifPresent(t -> out.add(new Ignore(s.value(), t)));
          }
        }
      });
      for (JsonNodes.Node tag : o.list("tags")) {
        if (tag instanceof JsonNodes.Str s && s.value().startsWith(IGNORE_KEY + ":")) {
          s.text().get().ifPresent(t -> out.add(new Ignore(s.value().substring(IGNORE_KEY.length() + 1), t)));
        }
      }
      return out;
    }
  }

  /** The language a query is written in. */
  public enum Language {
    /** Sumo Logic's log search. */
    SEARCH,
    /** A Cloud SIEM rule expression. */
    CSE
  }

  /** What the text is in its item. */
  public enum Role {
    /** A whole query or rule expression (match, threshold, chain, filter, aggregation argument, entity). */
    QUERY,
    /** An aggregation rule's trigger: a boolean over the aggregation names. */
    TRIGGER,
    /** A name, summary or description template: free text with {@code {{field}}} tokens. */
    TEMPLATE
  }
}
