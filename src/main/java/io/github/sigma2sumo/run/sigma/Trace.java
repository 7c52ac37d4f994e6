package io.github.sigma2sumo.run.sigma;

import java.util.ArrayList;
import java.util.List;

/** The verdicts gathered while one event is evaluated: which scope and identifier is being tested, and each item's verdict. */
final class Trace {
  private final List<ItemVerdict> items = new ArrayList<>();
  private final List<SearchVerdict> searches = new ArrayList<>();
  private String scope = "";
  private String identifier = "";

  void enter(String scope, String identifier) {
    this.scope = scope;
    this.identifier = identifier;
  }

  String scope() {
    return scope;
  }

  String identifier() {
    return identifier;
  }

  void add(ItemVerdict verdict) {
    items.add(verdict);
  }

  void add(SearchVerdict verdict) {
    searches.add(verdict);
  }

  List<ItemVerdict> items() {
    return items;
  }

  List<SearchVerdict> searches() {
    return searches;
  }
}
