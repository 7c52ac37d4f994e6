package io.github.sigma2sumo.sumo.parser;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.emit.SumoSyntax;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.source.TokenSpans;
import io.github.sigma2sumo.sumo.antlr.SumoParser;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Spans and decoded token values: the one place where ANTLR positions and token text become AST
 * values. ANTLR's start and stop indexes count code points, as {@link Span} does.
 */
final class Trees {
  private Trees() {}

  static Span span(ParserRuleContext ctx) {
    return TokenSpans.of(ctx);
  }

  static Span span(Token token) {
    return TokenSpans.of(token);
  }

  static Span span(TerminalNode node) {
    return span(node.getSymbol());
  }

  static Span span(Token from, Token to) {
    return span(from).union(span(to));
  }

  /** The decoded value of a STRING token. */
  static String string(Token token) {
    String text = token.getText();
    return SumoSyntax.decodeString(text.substring(1, text.length() - 1));
  }

  static String string(TerminalNode node) {
    return string(node.getSymbol());
  }

  static List<String> strings(List<TerminalNode> nodes) {
    return nodes.stream().map(Trees::string).collect(Collectors.toList());
  }

  /** A field or alias name: {@code plain}, {@code %"quoted"} or {@code %array[0].path}. */
  static String name(SumoParser.NameContext ctx) {
    if (ctx.QUOTED_FIELD() != null) {
      return quotedField(ctx.QUOTED_FIELD().getText());
    }
    if (ctx.NULL() != null) {
      return ctx.NULL().getText();
    }
    if (ctx.PERCENT_FIELD() != null) {
      return ctx.PERCENT_FIELD().getText().substring(1);
    }
    return ctx.identifier().getText();
  }

  /** The name in {@code %"name"} (Sumo also accepts a space after the {@code %}). */
  static String quotedField(String text) {
    return SumoSyntax.decodeString(text.substring(text.indexOf('"') + 1, text.length() - 1));
  }

  /** The time range of {@code [subquery from=(-2d):}, or "". */
  static String subqueryTimeRange(Token token) {
    String text = token.getText();
    int start = text.toLowerCase(java.util.Locale.ROOT).indexOf("subquery") + "subquery".length();
    return text.substring(start, text.length() - 1).strip();
  }

  static List<String> names(List<SumoParser.NameContext> names) {
    return names.stream().map(Trees::name).collect(Collectors.toList());
  }

  static Expr.Template template(Token token) {
    String text = token.getText();
    boolean triple = text.startsWith("{{{") && text.endsWith("}}}");
    int trim = triple ? 3 : 2;
    return new Expr.Template(text.substring(trim, text.length() - trim), triple, span(token));
  }

}
