package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.ast.ScopeVisitor;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Prepares the keyword search expression before the first pipe (docs
 * get-started-with-search/build-search/keyword-search-expressions.md and
 * search-basics/built-in-metadata.md). Precedence (NOT, AND, OR) is already in the tree.
 *
 * <ul>
 *   <li>A keyword or quoted phrase is split into terms ({@link KeywordTerms}) and matches when those
 *       terms appear next to each other in the message's terms, each compared case-insensitively
 *       as a wildcard pattern ({@link Glob#scope}: {@code *} any run of characters within the term,
 *       {@code ?} one character; a lone {@code *} stands for one whole term). In a phrase of several
 *       terms, a wildcard inside a term finds nothing, as the docs' {@code jsmith@some*re.com} does
 *       not, while one ending a term works ({@code com.*.services*}). A bare {@code *} scope matches
 *       every message. Quoting changes nothing but what may be written.
 *   <li>{@code field=value} compares the whole value of a metadata or indexed field of the message
 *       ({@link LogMessage#metadataValue}) with the value as a case-insensitive wildcard pattern;
 *       a message without the field does not match. {@code field!=value} is its negation (so
 *       true without the field); the docs show only {@code NOT field=value}, which is the same.
 *   <li>{@code _index} and {@code _view} read the same metadata; a message without either is in the
 *       default partition {@code sumologic_default}, as Sumo calls it.
 *   <li>{@code _sourceCategory}, {@code _sourceHost} and the other metadata names compare
 *       case-insensitively, as every field name does.
 * </ul>
 *
 * Subqueries in the scope are not evaluated.
 */
final class ScopeCompiler implements ScopeVisitor<ScopeTest> {
  static final String DEFAULT_PARTITION = "sumologic_default";

  private final Prep prep;

  ScopeCompiler(Prep prep) {
    this.prep = prep;
  }

  ScopeTest compile(ScopeExpr scope) {
    return scope.accept(this);
  }

  @Override
  public ScopeTest visitAnd(ScopeExpr.And node) {
    ScopeTest[] terms = node.terms().stream().map(this::compile).toArray(ScopeTest[]::new);
    return m -> {
      for (ScopeTest t : terms) {
        if (!t.test(m)) {
          return false;
        }
      }
      return true;
    };
  }

  @Override
  public ScopeTest visitOr(ScopeExpr.Or node) {
    ScopeTest[] terms = node.terms().stream().map(this::compile).toArray(ScopeTest[]::new);
    return m -> {
      for (ScopeTest t : terms) {
        if (t.test(m)) {
          return true;
        }
      }
      return false;
    };
  }

  @Override
  public ScopeTest visitNot(ScopeExpr.Not node) {
    ScopeTest inner = compile(node.operand());
    return m -> !inner.test(m);
  }

  @Override
  public ScopeTest visitTerm(ScopeExpr.Term node) {
    if (node.text().contains("{{")) {
      prep.notEvaluated(node.text(), "a dashboard parameter is filled in by the dashboard", node.span());
      return m -> false;
    }
    List<String> query = KeywordTerms.ofQuery(node.text());
    if (query.isEmpty() || !node.quoted() && node.text().equals("*")) {
      return m -> true;
    }
    if (query.size() > 1 && query.stream().anyMatch(ScopeCompiler::isPartialInPhrase)) {
      return m -> false;
    }
    Glob[] globs = query.stream().map(Glob::scope).toArray(Glob[]::new);
    @Nullable String[] literals = query.stream().map(t -> t.indexOf('*') < 0 && t.indexOf('?') < 0 ? t : null)
        .toArray(String[]::new);
    return m -> phrase(m.terms(), globs, literals);
  }

  /**
   * In a phrase of several terms a wildcard stands for a whole term ({@code jsmith@*.com}) or ends a
   * term ({@code com.*.services*}); one inside a term finds nothing ("not a partial term:
   * jsmith@some*re.com").
   */
  private static boolean isPartialInPhrase(String term) {
    if (term.equals("*")) {
      return false;
    }
    String stem = term;
    while (stem.endsWith("*")) {
      stem = stem.substring(0, stem.length() - 1);
    }
    return stem.indexOf('*') >= 0 || stem.indexOf('?') >= 0;
  }

  /** Whether the query's terms appear next to each other; a term without wildcards is compared in place. */
  private static boolean phrase(KeywordTerms terms, Glob[] globs, @Nullable String[] literals) {
    int last = terms.size() - globs.length;
    for (int start = 0; start <= last; start++) {
      int j = 0;
      while (j < globs.length && (literals[j] != null ? terms.termEquals(start + j, literals[j])
          : globs[j].matchesLowerCase(terms.term(start + j)))) {
        j++;
      }
      if (j == globs.length) {
        return true;
      }
    }
    return false;
  }

  @Override
  public ScopeTest visitField(ScopeExpr.Field node) {
    String value = node.value().text();
    if (value.contains("{{") || node.name().contains("{{")) {
      prep.notEvaluated(node.name() + "=" + value, "a dashboard parameter is filled in by the dashboard",
          node.span());
      return m -> false;
    }
    String name = node.name();
    String lower = FieldNames.lower(name);
    Glob glob = Glob.scope(value);
    boolean negated = node.negated();
    boolean partition = lower.equals("_index") || lower.equals("_view");
    if (lower.equals("_raw")) {
      return m -> glob.matches(m.message().raw()) != negated;
    }
    return m -> {
      Optional<String> v = m.lowerMetadata(lower);
      if (v.isEmpty() && partition) {
        v = Optional.of(DEFAULT_PARTITION);
      }
      return v.isPresent() && glob.matchesLowerCase(v.get()) != negated || v.isEmpty() && negated;
    };
  }

  @Override
  public ScopeTest visitSubquery(ScopeExpr.Subquery node) {
    prep.notEvaluated("subquery", node.span());
    return m -> false;
  }
}
