/*
 * Lexer for the Sumo Logic log-search language.
 *
 * Sources: Sumo Logic docs "Search Syntax Overview", "Keyword Search Expressions",
 * "Comments in Search Queries", "Reference a Field with Special Characters" and the
 * search-operators pages (SumoLogic/sumologic-documentation, docs/search/...).
 *
 * Two modes, because the text before the first pipe (the scope) and the operator stages have
 * different lexical rules: in the scope `Labs/AWS/VPC` and `*eks*` are single keyword terms,
 * while in a stage `/` is division or starts a regex literal. A `[subquery:` pushes the scope
 * mode and its closing `]` pops back to whatever mode came before it.
 *
 * Keywords are matched case-insensitively (Sumo accepts `AND`/`and`, `AS`/`as`, `Count`/`count`).
 */
lexer grammar SumoLexer;

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

    /** An unbalanced `]` leaves the lexer in its current mode instead of failing on an empty stack. */
    @Override
    public int popMode() {
        return _modeStack.isEmpty() ? _mode : super.popMode();
    }

    @Override
    public void reset() {
        super.reset();
        lastType = -1;
    }

    /** A `/` starts a regex literal only where an operand is expected (after `matches`, `(`, `,`). */
    private boolean regexAllowed() {
        return lastType == MATCHES || lastType == LPAREN || lastType == COMMA || lastType == EQ
            || lastType == EQEQ || lastType == NE;
    }

    /** Classic lookup tables and `save` take a library path such as `/shared/lookups/x`. */
    private boolean libraryPathAllowed() {
        return lastType == FROM || lastType == SAVE || lastType == APPEND;
    }
}

// ---------------------------------------------------------------------------------------------
// Scope mode (the default): keyword search expression before the first pipe.
// ---------------------------------------------------------------------------------------------

S_LINE_COMMENT  : '//' ~[\r\n]*              -> channel(HIDDEN), type(LINE_COMMENT);
S_BLOCK_COMMENT : '/*' .*? '*/'              -> channel(HIDDEN), type(BLOCK_COMMENT);
S_UNTERMINATED_COMMENT : UNTERMINATED_COMMENT_BODY -> type(UNTERMINATED_COMMENT);
S_WS            : WS_CHAR+                   -> channel(HIDDEN), type(WS);
S_PIPE          : '|'                        -> type(PIPE), mode(PIPELINE);
S_SUBQUERY      : SUBQUERY_START             -> type(SUBQUERY), pushMode(DEFAULT_MODE);
S_RBRACKET      : ']'                        -> type(RBRACKET), popMode;
S_LPAREN        : '('                        -> type(LPAREN);
S_RPAREN        : ')'                        -> type(RPAREN);
S_NE            : '!='                       -> type(NE);
S_EQ            : '='                        -> type(EQ);
S_BANG          : '!'                        -> type(BANG);
S_AND           : 'and'                      -> type(AND);
S_OR            : 'or'                       -> type(OR);
S_NOT           : 'not'                      -> type(NOT);
S_STRING        : STRING_BODY                -> type(STRING);
S_QUOTED_FIELD  : '%' STRING_BODY            -> type(QUOTED_FIELD);
S_UNTERMINATED  : '"' (~["\\] | '\\' .)* EOF -> type(UNTERMINATED_STRING);
TERM            : (TERM_CHAR | TEMPLATE_BODY)+;
S_ERROR         : .                          -> type(ERROR_CHAR);

// `[subquery:` with an optional time range: `[subquery from=(-2d):`.
fragment SUBQUERY_START : '[' WS_CHAR* 'subquery' (~[:\]\r\n"|])* ':';
fragment UNTERMINATED_COMMENT_BODY : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;
fragment TERM_CHAR      : ~[ \t\r\n\f\u000B\u001C-\u001F\u00A0\u2028\u2029()"|=![\]{}];
fragment TEMPLATE_BODY  : '{{' '{'? ~[{}\r\n]+ '}}' '}'?;
fragment STRING_BODY    : '"' (~["\\] | '\\' .)* '"';
fragment WS_CHAR        : [ \t\r\n\f\u000B\u001C-\u001F\u2028\u2029];

// ---------------------------------------------------------------------------------------------
// Pipeline mode: operator stages after the first pipe.
// ---------------------------------------------------------------------------------------------

mode PIPELINE;

LINE_COMMENT    : '//' ~[\r\n]*              -> channel(HIDDEN);
BLOCK_COMMENT   : '/*' .*? '*/'              -> channel(HIDDEN);
// `/*` with no `*/` after it: an error, not a term or a regex (its body never contains `*/`).
UNTERMINATED_COMMENT : UNTERMINATED_COMMENT_BODY;
WS              : WS_CHAR+                   -> channel(HIDDEN);
OROR            : '||';
PIPE            : '|';
SUBQUERY        : SUBQUERY_START             -> pushMode(DEFAULT_MODE);
LBRACKET        : '[';
RBRACKET        : ']'                        -> popMode;
LPAREN          : '(';
RPAREN          : ')';
COMMA           : ',';
EQEQ            : '==';
NE              : '!=' | '<>';
LE              : '<=';
GE              : '>=';
EQ              : '=';
LT              : '<';
GT              : '>';
ANDAND          : '&&';
BANG            : '!';
PLUS            : '+';
MINUS           : '-';
STAR            : '*';
PERCENT         : '%';
QUESTION        : '?';
COLON           : ':';

// Keywords. All of them except the boolean/relational words may still be used as field names
// (see `identifier` in the parser): Sumo queries write `count as count` and `sort by values`.
AND             : 'and';
OR              : 'or';
NOT             : 'not';
IN              : 'in';
MATCHES         : 'matches';
CONTAINS        : 'contains';
AS              : 'as';
BY              : 'by';
TRUE            : 'true';
FALSE           : 'false';
NULL            : 'null';
GROUP           : 'group';
WHERE           : 'where';
PARSE           : 'parse';
REGEX           : 'regex';
EXTRACT         : 'extract';
MULTI           : 'multi';
NODROP          : 'nodrop';
FIELD           : 'field';
JSON            : 'json';
AUTO            : 'auto';
KEYS            : 'keys';
REFONLY         : 'refonly';
MAXDEPTH        : 'maxdepth';
EXTRACTARRAYS   : 'extractarrays';
KEYVALUE        : 'keyvalue' | 'kv';
INFER           : 'infer';
DELIM           : 'delim';
CSV             : 'csv';
SPLIT           : 'split';
ESCAPE          : 'escape';
QUOTE           : 'quote';
XML             : 'xml';
TIMESLICE       : 'timeslice';
BUCKETS         : 'buckets';
FIELDS          : 'fields';
SORT            : 'sort';
ORDER           : 'order';
ASC             : 'asc';
DESC            : 'desc';
TOP             : 'top';
LIMIT           : 'limit';
DEDUP           : 'dedup';
CONSECUTIVE     : 'consecutive';
LOOKUP          : 'lookup';
FROM            : 'from';
ON              : 'on';
TRANSPOSE       : 'transpose';
ROW             : 'row';
COLUMN          : 'column';
FILLMISSING     : 'fillmissing';
WITH            : 'with';
FOR             : 'for';
TAKELAST        : 'takelast';
VALUES          : 'values';
ALL             : 'all';
COMPARE         : 'compare';
TIMESHIFT       : 'timeshift';
OUTLIER         : 'outlier';
SAVE            : 'save';
APPEND          : 'append';
COUNT           : 'count';
COUNT_FREQUENT  : 'count_frequent';
TOPK            : 'topk';

// A regex literal, only where an operand is expected; elsewhere `/` is division.
// Trailing flags (`/create/i`) occur in Sumo's own app queries.
REGEX_LITERAL   : '/' {regexAllowed()}? (~[/\\\r\n] | '\\' ~[\r\n])+ '/' [imsu]*;
LIBRARY_PATH    : '/' {libraryPathAllowed()}? ~[ \t\r\n|()\]"]+;
SLASH           : '/';

URI             : [a-z] [a-z0-9+.-]* '://' ~[ \t\r\n,|()"\]]*;
NUMBER          : (DIGIT+ ('.' DIGIT+)? | '.' DIGIT+) EXPONENT? UNIT?;
IDENTIFIER      : [a-z_0-9] [a-z_0-9.]* | '@' [a-z_0-9.]+;
QUOTED_FIELD    : '%' [ \t]* STRING_BODY;
PERCENT_FIELD   : '%' [a-z_0-9] [a-z_0-9.[\]]*;
STRING          : STRING_BODY;
// Single-quoted characters exist only as csv/split options: `delim=','`.
CHAR_LITERAL    : '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\'';
TEMPLATE        : TEMPLATE_BODY;
UNTERMINATED_STRING : '"' (~["\\] | '\\' .)* EOF;
ERROR_CHAR      : .;

fragment DIGIT    : [0-9];
fragment EXPONENT : 'e' [+-]? DIGIT+;
// Size and time suffixes from "Math Expressions": the builder keeps the exact spelling, because
// `m` (minutes) and `M` (millions) differ only in case.
fragment UNIT     : 'ki' | 'mi' | 'gi' | 'ti' | 'pi' | 'ns' | 'us' | 'ms'
                  | 'k' | 'm' | 'g' | 'b' | 't' | 'p' | 's' | 'h' | 'd' | 'w';
