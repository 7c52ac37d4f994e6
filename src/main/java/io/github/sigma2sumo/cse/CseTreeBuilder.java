package io.github.sigma2sumo.cse;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.UnaryOp;
import io.github.sigma2sumo.cse.antlr.CseLexer;
import io.github.sigma2sumo.cse.antlr.CseParser;
import io.github.sigma2sumo.emit.CseSyntax;
import io.github.sigma2sumo.emit.SumoSyntax;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.source.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the shared AST from a Cloud SIEM parse tree. {@code AND}/{@code OR} chains become one
 * n-ary node; parentheses yield their inner node, so {@code (a OR b) OR c} keeps its shape.
 * {@code &&}, {@code ||} and {@code !} are the same nodes as {@code AND}, {@code OR} and
 * {@code NOT}; {@code ==} is read as {@code =}; {@code f !matches p} is {@code f NOT matches p}.
 */
final class CseTreeBuilder {

  CseRule rule(CseParser.StandaloneRuleContext ctx) {
    Span span = TokenSpans.of(ctx);
    if (ctx instanceof CseParser.PlainRuleContext plain) {
      return new CseRule(List.of(), expression(plain.expression()), span);
    }
    CseParser.JsonRuleContext json = (CseParser.JsonRuleContext) ctx;
    List<CseRule.JsonClause> clauses = new ArrayList<>();
    for (CseParser.JsonClauseContext c : json.jsonClause()) {
      List<String> paths = new ArrayList<>();
      c.STRING().forEach(s -> paths.add(string(s)));
      List<String> aliases = new ArrayList<>();
      c.name().forEach(n -> aliases.add(n.getText()));
      clauses.add(new CseRule.JsonClause(fieldRef(c.fieldRef()), paths, aliases, TokenSpans.of(c)));
    }
    return new CseRule(clauses, expression(json.expression()), span);
  }

  private Expr expression(CseParser.ExpressionContext ctx) {
    CseParser.OrExprContext or = ctx.orExpr();
    List<CseParser.AndExprContext> parts = or.andExpr();
    if (parts.size() == 1) {
      return and(parts.get(0));
    }
    List<Expr> terms = new ArrayList<>(parts.size());
    parts.forEach(p -> terms.add(and(p)));
    return new Expr.Or(terms, TokenSpans.of(or));
  }

  private List<Expr> expressions(List<CseParser.ExpressionContext> contexts) {
    List<Expr> out = new ArrayList<>(contexts.size());
    contexts.forEach(c -> out.add(expression(c)));
    return out;
  }

  private Expr and(CseParser.AndExprContext ctx) {
    List<CseParser.NotExprContext> parts = ctx.notExpr();
    if (parts.size() == 1) {
      return not(parts.get(0));
    }
    List<Expr> terms = new ArrayList<>(parts.size());
    parts.forEach(p -> terms.add(not(p)));
    return new Expr.And(terms, TokenSpans.of(ctx));
  }

  private Expr not(CseParser.NotExprContext ctx) {
    if (ctx instanceof CseParser.PrefixNotContext p) {
      return new Expr.Unary(UnaryOp.NOT, not(p.notExpr()), TokenSpans.of(ctx));
    }
    return predicate(((CseParser.PlainNotContext) ctx).predicate());
  }

  private Expr predicate(CseParser.PredicateContext ctx) {
    Expr left = additive(ctx.additive());
    CseParser.PredicateTailContext tail = ctx.predicateTail();
    if (tail == null) {
      return left;
    }
    Span span = TokenSpans.of(ctx);
    if (tail instanceof CseParser.CompareTailContext c) {
      return new Expr.Binary(comparison(c.op), left, additive(c.additive()), span);
    } else if (tail instanceof CseParser.InTailContext in) {
      return new Expr.In(left, expressions(in.expression()), in.NOT() != null, span);
    } else if (tail instanceof CseParser.LikeTailContext like) {
      Optional<String> escape = Optional.ofNullable(like.STRING()).map(CseTreeBuilder::string);
      return new Expr.Like(left, additive(like.additive()), escape, like.NOT() != null, span);
    } else if (tail instanceof CseParser.RlikeTailContext rlike) {
      return new Expr.Rlike(left, additive(rlike.additive()), rlike.NOT() != null, span);
    } else if (tail instanceof CseParser.MatchesTailContext m) {
      return new Expr.Matches(left, additive(m.additive()), m.NOT() != null || m.BANG() != null, span);
    } else if (tail instanceof CseParser.BetweenTailContext b) {
      return new Expr.Between(left, additive(b.additive(0)), additive(b.additive(1)), b.NOT() != null, span);
    }
    return new Expr.IsNull(left, ((CseParser.IsNullTailContext) tail).NOT() != null, span);
  }

  private static BinaryOp comparison(Token op) {
    return switch (op.getType()) {
      case CseLexer.NE -> BinaryOp.NE;
      case CseLexer.LT -> BinaryOp.LT;
      case CseLexer.LE -> BinaryOp.LE;
      case CseLexer.GT -> BinaryOp.GT;
      case CseLexer.GE -> BinaryOp.GE;
      default -> BinaryOp.EQ;
    };
  }

  private Expr additive(CseParser.AdditiveContext ctx) {
    List<CseParser.MultiplicativeContext> operands = ctx.multiplicative();
    Expr result = multiplicative(operands.get(0));
    for (int i = 1; i < operands.size(); i++) {
      BinaryOp op = ctx.op.get(i - 1).getType() == CseLexer.PLUS ? BinaryOp.ADD : BinaryOp.SUB;
      Expr right = multiplicative(operands.get(i));
      result = new Expr.Binary(op, result, right, result.span().union(right.span()));
    }
    return result;
  }

  private Expr multiplicative(CseParser.MultiplicativeContext ctx) {
    List<CseParser.UnaryContext> operands = ctx.unary();
    Expr result = unary(operands.get(0));
    for (int i = 1; i < operands.size(); i++) {
      BinaryOp op = switch (ctx.op.get(i - 1).getType()) {
        case CseLexer.STAR -> BinaryOp.MUL;
        case CseLexer.SLASH -> BinaryOp.DIV;
        default -> BinaryOp.MOD;
      };
      Expr right = unary(operands.get(i));
      result = new Expr.Binary(op, result, right, result.span().union(right.span()));
    }
    return result;
  }

  private Expr unary(CseParser.UnaryContext ctx) {
    if (ctx instanceof CseParser.PrefixUnaryContext p) {
      UnaryOp op = p.op.getType() == CseLexer.MINUS ? UnaryOp.NEGATE : UnaryOp.PLUS;
      return new Expr.Unary(op, unary(p.unary()), TokenSpans.of(ctx));
    }
    CseParser.PostfixContext postfix = ((CseParser.PostfixUnaryContext) ctx).postfix();
    Expr result = primary(postfix.primary());
    for (CseParser.ExpressionContext key : postfix.expression()) {
      result = new Expr.Index(result, expression(key), new Span(result.span().start(),
          TokenSpans.of(key).end() + 1));
    }
    return result;
  }

  private Expr primary(CseParser.PrimaryContext ctx) {
    Span span = TokenSpans.of(ctx);
    if (ctx instanceof CseParser.ParenPrimaryContext p) {
      return expression(p.expression());
    } else if (ctx instanceof CseParser.CallPrimaryContext c) {
      return new Expr.Call(c.name().getText(), expressions(c.expression()), span);
    } else if (ctx instanceof CseParser.ArrayPrimaryContext a) {
      return new Expr.ArrayLit(expressions(a.expression()), span);
    } else if (ctx instanceof CseParser.NumberPrimaryContext) {
      return new Expr.NumberLit(ctx.getText(), span);
    } else if (ctx instanceof CseParser.StringPrimaryContext s) {
      return new Expr.StringLit(string(s.STRING()), span);
    } else if (ctx instanceof CseParser.RegexPrimaryContext) {
      String text = ctx.getText();
      return new Expr.RegexLit(SumoSyntax.decodeRegex(text.substring(1, text.length() - 1)), "", span);
    } else if (ctx instanceof CseParser.BooleanPrimaryContext b) {
      return new Expr.BooleanLit(b.TRUE() != null, span);
    } else if (ctx instanceof CseParser.NullPrimaryContext) {
      return new Expr.NullLit(span);
    }
    return fieldRef(((CseParser.FieldPrimaryContext) ctx).fieldRef());
  }

  private static Expr fieldRef(CseParser.FieldRefContext ctx) {
    return new Expr.FieldRef(ctx.getText(), TokenSpans.of(ctx));
  }

  private static String string(TerminalNode node) {
    return CseSyntax.decodeString(node.getText());
  }
}
