/*
 * Lexer for Cloud SIEM rule expressions (match, threshold and chain expressions, aggregation
 * match and trigger expressions, entity selectors).
 *
 * Sources: Sumo Logic docs docs/cse/rules/cse-rules-syntax.md (operators, functions, the json
 * clause, `/* *\/` comments; `//` comments are not supported) and the style of Sumo's built-in
 * rules (both quote styles, case-insensitive keywords, multi-line expressions).
 *
 * One mode: unlike log search there is no keyword scope. A `/` starts a regex literal only where an
 * operand is expected (after `matches`, `(`, `,` and comparison operators), elsewhere it divides.
 */
lexer grammar CseLexer;

options { caseInsensitive = true; }

@members {
    /** Type of the last token on the default channel, for the regex-versus-division decision. */
    private int lastType = -1;

    @Override
    public void emit(Token token) {
        super.emit(token);
        if (token.getChannel() == Token.DEFAULT_CHANNEL) {
            lastType = token.getType();
        }
    }

    @Override
    public void reset() {
        super.reset();
        lastType = -1;
    }

    private boolean regexAllowed() {
        return lastType == -1 || lastType == MATCHES || lastType == LPAREN || lastType == COMMA || lastType == EQ
            || lastType == EQEQ || lastType == NE || lastType == LBRACKET;
    }
}

BLOCK_COMMENT   : '/*' .*? '*/'              -> channel(HIDDEN);
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;
// `//` is never valid here: CSE has no line comments and a regex literal cannot be empty.
LINE_COMMENT    : '//' ~[\r\n]*;
// U+00A0 (no-break space) separates tokens in Sumo's own rules, pasted from editors that insert it.
WS              : [ \t\r\n\f\u000B\u00A0\u2028\u2029]+ -> channel(HIDDEN);

OROR            : '||';
PIPE            : '|';
ANDAND          : '&&';
LPAREN          : '(';
RPAREN          : ')';
LBRACKET        : '[';
RBRACKET        : ']';
COMMA           : ',';
EQEQ            : '==';
NE              : '!=' | '<>';
LE              : '<=';
GE              : '>=';
EQ              : '=';
LT              : '<';
GT              : '>';
BANG            : '!';
PLUS            : '+';
MINUS           : '-';
STAR            : '*';
PERCENT         : '%';

AND             : 'and';
OR              : 'or';
NOT             : 'not';
IN              : 'in';
LIKE            : 'like';
RLIKE           : 'rlike';
BETWEEN         : 'between';
IS              : 'is';
ESCAPE          : 'escape';
MATCHES         : 'matches';
TRUE            : 'true';
FALSE           : 'false';
NULL            : 'null';
JSON            : 'json';
WHERE           : 'where';
FIELD           : 'field';
AS              : 'as';

REGEX_LITERAL   : '/' {regexAllowed()}? (~[/\\\r\n] | '\\' ~[\r\n])+ '/';
SLASH           : '/';

NUMBER          : (DIGIT+ ('.' DIGIT+)? | '.' DIGIT+) EXPONENT? UNIT?;
IDENTIFIER      : [a-z_] [a-z_0-9]* ('.' [a-z_0-9]+)*;
// A single-quoted string has no escapes: it ends at the next ' and a backslash is an ordinary
// character (Sumo's rules: rlike '[a-z]:\\' and like '%:\Program Files (x86)\' are only valid this
// way). A double-quoted string keeps the documented escaped double quote, "\"foo\"".
STRING          : '"' (~["\\] | '\\' .)* '"' | '\'' ~[']* '\'';
UNTERMINATED_STRING : ('"' (~["\\] | '\\' .)* | '\'' ~[']*) EOF;
ERROR_CHAR      : .;

fragment DIGIT    : [0-9];
fragment EXPONENT : 'e' [+-]? DIGIT+;
// Size and time suffixes, as in log search (the syntax page: "1KB", "1h" and so on).
fragment UNIT     : 'ki' | 'mi' | 'gi' | 'ti' | 'pi' | 'ns' | 'us' | 'ms'
                  | 'k' | 'm' | 'g' | 'b' | 't' | 'p' | 's' | 'h' | 'd' | 'w';
