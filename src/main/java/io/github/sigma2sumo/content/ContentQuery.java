package io.github.sigma2sumo.content;

import java.util.List;

/**
 * One query found in a host file: its language, what it is in its rule, the item it belongs to as a
 * reader would name it ({@code dashboard "AWS Lambda" › panel "Errors" › query A}), its text with
 * where each code point is written in the host, and, for an aggregation rule's trigger, the names its
 * aggregation functions define (the only names the trigger can read).
 */
public record ContentQuery(Language language, Role role, String item, EmbeddedText text, List<String> names) {

  public ContentQuery {
    names = List.copyOf(names);
  }

  public ContentQuery(Language language, String item, EmbeddedText text) {
    this(language, Role.QUERY, item, text, List.of());
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
