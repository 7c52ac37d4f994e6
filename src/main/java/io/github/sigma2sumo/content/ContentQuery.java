package io.github.sigma2sumo.content;

/**
 * One query found in a host file: its language, the item it belongs to as a reader would name it
 * ({@code dashboard "AWS Lambda" › panel "Errors" › query A}), and its text with where each code
 * point is written in the host.
 */
public record ContentQuery(Language language, String item, EmbeddedText text) {

  /** The language a query is written in. */
  public enum Language {
    /** Sumo Logic's log search. */
    SEARCH,
    /** A Cloud SIEM rule expression. */
    CSE
  }
}
