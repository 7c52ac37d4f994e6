package io.github.sigma2sumo.sumo.parser;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.UnaryOp;
import io.github.sigma2sumo.emit.SumoSyntax;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.sumo.antlr.SumoLexer;
import io.github.sigma2sumo.sumo.antlr.SumoParser;
import io.github.sigma2sumo.sumo.antlr.SumoParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Builds {@link Expr} nodes, one method per expression rule. {@code or}/{@code and} chains become
 * one n-ary node; parentheses are not flattened through, so {@code (a and b) and c} keeps its
 * shape and prints back the same way.
 */
final class ExprBuilder {

  private final QueryBuilder queries;
  private final PrimaryBuilder primaries = new PrimaryBuilder();

  ExprBuilder(QueryBuilder queries) {
    this.queries = queries;
  }

  Expr expression(SumoParser.ExpressionContext ctx) {
    Expr condition = or(ctx.orExpr());
    if (ctx.QUESTION() == null) {
      return condition;
    }
    return new Expr.Conditional(condition, expression(ctx.expression(0)), expression(ctx.expression(1)),
        Trees.span(ctx));
  }

  List<Expr> expressions(List<SumoParser.ExpressionContext> contexts) {
    List<Expr> out = new ArrayList<>(contexts.size());
    contexts.forEach(c -> out.add(expression(c)));
    return out;
  }

  private Expr or(SumoParser.OrExprContext ctx) {
    List<SumoParser.AndExprContext> parts = ctx.andExpr();
    if (parts.size() == 1) {
      return and(parts.get(0));
    }
    List<Expr> terms = new ArrayList<>(parts.size());
    parts.forEach(p -> terms.add(and(p)));
    return new Expr.Or(terms, Trees.span(ctx));
  }

  private Expr and(SumoParser.AndExprContext ctx) {
    List<SumoParser.RelationalContext> parts = ctx.relational();
    if (parts.size() == 1) {
      return relational(parts.get(0));
    }
    List<Expr> terms = new ArrayList<>(parts.size());
    parts.forEach(p -> terms.add(relational(p)));
    return new Expr.And(terms, Trees.span(ctx));
  }

  private Expr relational(SumoParser.RelationalContext ctx) {
    Expr left = additive(ctx.additive());
    SumoParser.RelationalTailContext tail = ctx.relationalTail();
    if (tail == null) {
      return left;
    }
    Span span = Trees.span(ctx);
    if (tail instanceof SumoParser.CompareTailContext c) {
      return new Expr.Binary(comparison(c.op), left, additive(c.additive()), span);
    } else if (tail instanceof SumoParser.MatchesTailContext m) {
      return new Expr.Matches(left, additive(m.additive()), m.NOT() != null, span);
    } else if (tail instanceof SumoParser.ContainsTailContext c) {
      return new Expr.Contains(left, additive(c.additive()), c.NOT() != null, span);
    }
    if (tail instanceof SumoParser.TemplateTailContext t) {
      return new Expr.TemplateComparison(left, Trees.template(t.TEMPLATE().getSymbol()), span);
    }
    SumoParser.InTailContext in = (SumoParser.InTailContext) tail;
    return new Expr.In(left, expressions(in.expression()), in.NOT() != null, span);
  }

  private Expr additive(SumoParser.AdditiveContext ctx) {
    List<SumoParser.MultiplicativeContext> operands = ctx.multiplicative();
    Expr result = multiplicative(operands.get(0));
    for (int i = 1; i < operands.size(); i++) {
      BinaryOp op = ctx.op.get(i - 1).getType() == SumoLexer.PLUS ? BinaryOp.ADD : BinaryOp.SUB;
      Expr right = multiplicative(operands.get(i));
      result = new Expr.Binary(op, result, right, result.span().union(right.span()));
    }
    return result;
  }

  private Expr multiplicative(SumoParser.MultiplicativeContext ctx) {
    List<SumoParser.UnaryContext> operands = ctx.unary();
    Expr result = unary(operands.get(0));
    for (int i = 1; i < operands.size(); i++) {
      BinaryOp op = switch (ctx.op.get(i - 1).getType()) {
        case SumoLexer.STAR -> BinaryOp.MUL;
        case SumoLexer.SLASH -> BinaryOp.DIV;
        default -> BinaryOp.MOD;
      };
      Expr right = unary(operands.get(i));
      result = new Expr.Binary(op, result, right, result.span().union(right.span()));
    }
    return result;
  }

  private Expr unary(SumoParser.UnaryContext ctx) {
    if (ctx instanceof SumoParser.PrefixUnaryContext p) {
      UnaryOp op = switch (p.op.getType()) {
        case SumoLexer.MINUS -> UnaryOp.NEGATE;
        case SumoLexer.PLUS -> UnaryOp.PLUS;
        default -> UnaryOp.NOT;
      };
      return new Expr.Unary(op, unary(p.unary()), Trees.span(ctx));
    }
    return primaries.visit(((SumoParser.PrimaryUnaryContext) ctx).primary());
  }

  /** A field reference or a template standing for one. */
  Expr fieldRef(SumoParser.FieldRefContext ctx) {
    if (ctx.TEMPLATE() != null) {
      return Trees.template(ctx.TEMPLATE().getSymbol());
    }
    return new Expr.FieldRef(Trees.name(ctx.name()), Trees.span(ctx));
  }

  List<Expr> fieldRefs(List<SumoParser.FieldRefContext> contexts) {
    List<Expr> out = new ArrayList<>(contexts.size());
    contexts.forEach(c -> out.add(fieldRef(c)));
    return out;
  }

  /** A number or a template standing for one. */
  Expr integer(SumoParser.IntegerContext ctx) {
    if (ctx.TEMPLATE() != null) {
      return Trees.template(ctx.TEMPLATE().getSymbol());
    }
    return new Expr.NumberLit(ctx.NUMBER().getText(), Trees.span(ctx));
  }

  /** {@code 5m}, {@code 1 h} (normalised to {@code 1h}) or a template. */
  Expr duration(SumoParser.DurationContext ctx) {
    if (ctx.TEMPLATE() != null) {
      return Trees.template(ctx.TEMPLATE().getSymbol());
    }
    String sign = ctx.MINUS() == null ? "" : "-";
    // `1 h` keeps its space: the printer writes the text back as it was, and `1hx` would not lex the same
    String unit = ctx.unit == null ? ""
        : (ctx.unit.getStartIndex() == ctx.NUMBER().getSymbol().getStopIndex() + 1 ? "" : " ") + ctx.unit.getText();
    return new Expr.NumberLit(sign + ctx.NUMBER().getText() + unit, Trees.span(ctx));
  }

  Expr.LibraryRef library(Token location, Optional<Token> path, Span span) {
    return new Expr.LibraryRef(location.getText(), path.map(Trees::string), span);
  }

  private static BinaryOp comparison(Token op) {
    return switch (op.getType()) {
      case SumoLexer.EQ, SumoLexer.EQEQ -> BinaryOp.EQ;
      case SumoLexer.NE -> BinaryOp.NE;
      case SumoLexer.LT -> BinaryOp.LT;
      case SumoLexer.LE -> BinaryOp.LE;
      case SumoLexer.GT -> BinaryOp.GT;
      default -> BinaryOp.GE;
    };
  }

  /** One method per labelled alternative of {@code primary}. */
  private final class PrimaryBuilder extends SumoParserBaseVisitor<Expr> {
    @Override
    public Expr visitParenPrimary(SumoParser.ParenPrimaryContext ctx) {
      return expression(ctx.expression());
    }

    @Override
    public Expr visitCallPrimary(SumoParser.CallPrimaryContext ctx) {
      return new Expr.Call(ctx.functionName().getText(), expressions(ctx.expression()), Trees.span(ctx));
    }

    @Override
    public Expr visitNumberPrimary(SumoParser.NumberPrimaryContext ctx) {
      return new Expr.NumberLit(ctx.getText(), Trees.span(ctx));
    }

    @Override
    public Expr visitStringPrimary(SumoParser.StringPrimaryContext ctx) {
      return new Expr.StringLit(Trees.string(ctx.STRING()), Trees.span(ctx));
    }

    @Override
    public Expr visitRegexPrimary(SumoParser.RegexPrimaryContext ctx) {
      String text = ctx.getText();
      int close = text.lastIndexOf('/');
      return new Expr.RegexLit(SumoSyntax.decodeRegex(text.substring(1, close)), text.substring(close + 1),
          Trees.span(ctx));
    }

    @Override
    public Expr visitBooleanPrimary(SumoParser.BooleanPrimaryContext ctx) {
      return new Expr.BooleanLit(ctx.TRUE() != null, Trees.span(ctx));
    }

    @Override
    public Expr visitNullPrimary(SumoParser.NullPrimaryContext ctx) {
      return new Expr.NullLit(Trees.span(ctx));
    }

    @Override
    public Expr visitUriPrimary(SumoParser.UriPrimaryContext ctx) {
      return library(ctx.URI().getSymbol(), Optional.ofNullable(ctx.STRING()).map(s -> s.getSymbol()),
          Trees.span(ctx));
    }

    @Override
    public Expr visitSubqueryPrimary(SumoParser.SubqueryPrimaryContext ctx) {
      return new Expr.Subquery(queries.subquery(ctx.subquery()), Trees.span(ctx));
    }

    @Override
    public Expr visitFieldPrimary(SumoParser.FieldPrimaryContext ctx) {
      return fieldRef(ctx.fieldRef());
    }
  }
}
