/*
 * Parser for Cloud SIEM rule expressions. Sources: docs/cse/rules/cse-rules-syntax.md and Sumo's
 * built-in rules (see CseLexer.g4).
 *
 * Precedence, loosest first: OR, AND, NOT/!, predicates (comparison, IN, LIKE, RLIKE, MATCHES,
 * BETWEEN, IS NULL), + -, * / %, prefix - +. The docs are silent on precedence; this is SQL's,
 * and it is what built-in rules need: `!lower(x) matches /.../` negates the match. The printer
 * parenthesises mixed AND/OR, so its output reads the same under any precedence of the two.
 */
parser grammar CseParser;

options { tokenVocab = CseLexer; }

standaloneRule
    : expression EOF                                                        #plainRule
    | PIPE? jsonClause (PIPE jsonClause)* PIPE WHERE expression EOF         #jsonRule
    ;

// `json field=fields "a.b['c']" as alias`: field and alias are mandatory.
jsonClause      : JSON FIELD EQ fieldRef STRING (COMMA STRING)* AS name (COMMA name)*;

expression      : orExpr;
orExpr          : andExpr ((OR | OROR) andExpr)*;
andExpr         : notExpr ((AND | ANDAND) notExpr)*;
notExpr         : (NOT | BANG) notExpr                                      #prefixNot
                | predicate                                                 #plainNot
                ;
predicate       : additive (predicateTail)?;
predicateTail   : op=(EQ | EQEQ | NE | LT | LE | GT | GE) additive           #compareTail
                | NOT? IN LPAREN expression (COMMA expression)* RPAREN      #inTail
                | NOT? LIKE additive (ESCAPE STRING)?                       #likeTail
                | NOT? RLIKE additive                                       #rlikeTail
                // `f !matches /re/` is the negated form Sumo's own rules write
                | (NOT | BANG)? MATCHES additive                            #matchesTail
                | NOT? BETWEEN additive AND additive                        #betweenTail
                | IS NOT? NULL                                              #isNullTail
                ;
additive        : multiplicative (op+=(PLUS | MINUS) multiplicative)*;
multiplicative  : unary (op+=(STAR | SLASH | PERCENT) unary)*;
unary           : op=(MINUS | PLUS) unary                                   #prefixUnary
                | postfix                                                   #postfixUnary
                ;
postfix         : primary (LBRACKET expression RBRACKET)*;
primary         : LPAREN expression RPAREN                                  #parenPrimary
                | name LPAREN (expression (COMMA expression)*)? RPAREN      #callPrimary
                | LBRACKET (expression (COMMA expression)*)? RBRACKET       #arrayPrimary
                | NUMBER                                                    #numberPrimary
                | STRING                                                    #stringPrimary
                | REGEX_LITERAL                                             #regexPrimary
                | (TRUE | FALSE)                                            #booleanPrimary
                | NULL                                                      #nullPrimary
                | fieldRef                                                  #fieldPrimary
                ;

fieldRef        : name;
// Keywords that may still name a field or a function (`fields`, `json`, `field`).
name            : IDENTIFIER | JSON | WHERE | FIELD | ESCAPE | AS;
