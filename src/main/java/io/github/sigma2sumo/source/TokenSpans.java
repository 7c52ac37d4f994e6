package io.github.sigma2sumo.source;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans of ANTLR tokens and rule contexts, for every generated parser. ANTLR counts code points, as Span does. */
public final class TokenSpans {
  private TokenSpans() {}

  public static Span of(ParserRuleContext ctx) {
    Token start = ctx.getStart();
    Token stop = ctx.getStop();
    if (stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < start.getStartIndex()) {
      return of(start);
    }
    return new Span(start.getStartIndex(), stop.getStopIndex() + 1);
  }

  public static Span of(Token token) {
    int start = Math.max(0, token.getStartIndex());
    return new Span(start, Math.max(start, token.getStopIndex() + 1));
  }
}
