/*
 * Parser for the Sumo Logic log-search language: `scope | stage | stage ...`.
 *
 * Sources (SumoLogic/sumologic-documentation): docs/search/get-started-with-search/build-search/
 * search-syntax.md and keyword-search-expressions.md (the scope); docs/search/search-query-language/
 * search-operators/*.md, parse-operators/*.md and group-aggregate-operators/*.md (the stages);
 * field-expressions.md, where.md, matches.md, in.md (expressions); search-cheat-sheets/log-operators.md.
 *
 * Entry rules end in EOF. Expression precedence is written as one rule per level, not as a
 * left-recursive rule, so that long chains of `or`/`and` produce flat lists (no deep recursion for
 * 100,000 ORs) and each level maps to one n-ary AST node.
 */
parser grammar SumoParser;

options { tokenVocab = SumoLexer; }

@parser::header { import io.github.sigma2sumo.sumo.SumoCatalog; }

@parser::members {
  /** True when the next token names an operator kept raw, such as `logreduce(text) by f`. */
  private boolean rawOperatorAhead() {
    String name = _input.LT(1).getText();
    return SumoCatalog.isRawOperator(name) && SumoCatalog.aggregate(name).isEmpty();
  }

  private static final java.util.Set<String> UNIT_WORDS = java.util.Set.of("ms", "s", "sec", "secs",
      "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d",
      "day", "days", "w", "week", "weeks");

  /** True when the next token is a time unit such as `h` or `min`. */
  private boolean nextIsUnitWord() {
    return UNIT_WORDS.contains(_input.LT(1).getText().toLowerCase(java.util.Locale.ROOT));
  }
}

root            : query EOF;
// The parser facade splits a query at its top-level pipes and parses each part on its own, so that
// one broken stage yields one error and the other stages are still checked.
standaloneScope : scope? EOF;
standaloneStage : stage EOF;
standaloneExpression : expression EOF;

query           : scope? (PIPE stage)*;

// --- Scope: keyword search expression ---------------------------------------------------------
scope           : scopeOr;
scopeOr         : scopeAnd (OR scopeAnd)*;
scopeAnd        : scopeUnary (AND? scopeUnary)*;
scopeUnary      : (NOT | BANG) scopeUnary                           #scopeNot
                | scopeAtom                                         #scopeAtomUnary
                ;
scopeAtom       : LPAREN scopeOr RPAREN                             #scopeParens
                | key=scopeFieldName op=(EQ | NE) value=scopeValue  #scopeField
                | STRING                                            #scopePhrase
                | TERM                                              #scopeTerm
                | subquery                                          #scopeSubquery
                ;
scopeFieldName  : TERM | QUOTED_FIELD;
scopeValue      : TERM | STRING;

subquery        : SUBQUERY query RBRACKET;

// --- Stages -----------------------------------------------------------------------------------
// Each kind of stage is a rule of its own, so that the generated stage() only chooses among them.
// Written as one rule of labelled alternatives it was one 119 KB method once compiled, the costliest
// JIT compilation of a corpus run. The alternatives keep their order, which settles ambiguities.
stage
    : whereStage
    | parseRegexStage
    | extractStage
    | parseXmlStage
    | parseAnchorStage
    | jsonStage
    | keyValueStage
    | splitStage
    | timesliceStage
    | fieldsStage
    | sortStage
    | topStage
    | topkStage
    | limitStage
    | dedupStage
    | lookupStage
    | transposeStage
    | fillMissingStage
    | compareStage
    | outlierStage
    | saveStage
    | rawOperatorStage
    | countFrequentStage
    | countFieldsStage
    | aggregateStage
    | expressionStage
    | otherStage
    ;

whereStage         : WHERE expression;
parseRegexStage    : PARSE REGEX parseOption* STRING (COMMA REGEX? STRING)* parseOption*;
extractStage       : EXTRACT parseOption* STRING (COMMA STRING)* parseOption*;
parseXmlStage      : PARSE XML parseOption* STRING (COMMA STRING)* (AS nameList)? parseOption*;
parseAnchorStage   : PARSE parseOption* anchorPattern (COMMA anchorPattern)* parseOption*;
jsonStage          : JSON jsonOption* (AUTO jsonOption*)? jsonKeys? jsonOption* (AS nameList)? jsonOption*;
keyValueStage      : KEYVALUE keyValuePart*;
splitStage         : kind=(CSV | SPLIT) fieldRef (splitOption (COMMA splitOption)*)? EXTRACT extractItem
                     (COMMA extractItem)*;
timesliceStage     : TIMESLICE BY? amount=timesliceAmount (AS name)?;
fieldsStage        : FIELDS remove=MINUS? fieldRef (COMMA fieldRef)*
                   // `fields(a, b)` occurs in Sumo's own app queries; it means `fields a, b`.
                   | FIELDS remove=MINUS? LPAREN fieldRef (COMMA fieldRef)* RPAREN
                   ;
sortStage          : (SORT | ORDER) BY? sortKey (COMMA sortKey)*;
topStage           : TOP count=integer? fieldRef (COMMA fieldRef)* (BY topOrder (COMMA topOrder)*)?;
topkStage          : TOPK LPAREN count=integer COMMA fieldRef (COMMA fieldRef)* RPAREN
                     (GROUP? BY fieldRef (COMMA fieldRef)*)?;
limitStage         : LIMIT count=integer;
// The docs write `dedup [consecutive] [<int>] [by <field>, ...]`; Sumo's own apps also write the
// fields without `by` (`| dedup proxyname, message` in the AWS Observability RDS app), read the same way.
dedupStage         : DEDUP CONSECUTIVE? count=integer? (BY? fieldRef (COMMA fieldRef)*)?;
lookupStage        : LOOKUP lookupColumns FROM lookupSource ON lookupKey (COMMA lookupKey)*;
transposeStage     : TRANSPOSE ROW fieldRef (COMMA fieldRef)* COLUMN fieldRef (COMMA fieldRef)*
                     (AS transposeNames)?;
fillMissingStage   : FILLMISSING fillGenerator (COMMA fillGenerator)*
                     (WITH expression FOR fieldRef (COMMA fieldRef)*)? TAKELAST?;
compareStage       : COMPARE WITH? timeshift (COMMA timeshift)*;
outlierStage       : OUTLIER fieldRef (BY fieldRef (COMMA fieldRef)*)? (outlierOption (COMMA? outlierOption)*)?;
saveStage          : SAVE APPEND? librarySource;
// Raw operators that look like calls (`logreduce(text) by f`) must not become aggregates: this comes
// before the aggregates, and its predicate is at the rule's left edge, where prediction sees it.
rawOperatorStage   : {rawOperatorAhead()}? IDENTIFIER genericArg*;
countFrequentStage : COUNT_FREQUENT fieldRef (COMMA fieldRef)*;
countFieldsStage   : COUNT (AS name)? fieldRef (COMMA fieldRef)*;
aggregateStage     : aggregate (COMMA aggregate)* groupBy?;
expressionStage    : expression (AS name)?;
otherStage         : (IDENTIFIER | INFER | TEMPLATE) genericArg*;

parseOption     : FIELD EQ fieldRef                                         #fieldOption
                | NODROP                                                    #nodropOption
                | MULTI                                                     #multiOption
                ;
anchorPattern   : STRING AS nameList;
topOrder        : fieldRef direction=(ASC | DESC)?;
nameList        : LPAREN name (COMMA name)* RPAREN
                | name (COMMA name)*
                ;

jsonOption      : FIELD EQ fieldRef                                         #jsonFieldOption
                | NODROP                                                    #jsonNodrop
                | MAXDEPTH integer                                          #jsonMaxDepth
                | EXTRACTARRAYS                                             #jsonExtractArrays
                | REFONLY                                                   #jsonRefOnly
                ;
jsonKeys        : KEYS? STRING (COMMA STRING)*;

keyValuePart    : AUTO                                                      #kvAuto
                | INFER                                                     #kvInfer
                | REGEX STRING                                              #kvRegex
                | KEYS                                                      #kvKeysWord
                | STRING (COMMA STRING)*                                    #kvKeys
                | AS nameList                                               #kvNames
                | FIELD EQ fieldRef                                         #kvField
                | NODROP                                                    #kvNodrop
                | REFONLY                                                   #kvRefOnly
                | DELIM STRING                                              #kvDelim
                ;

splitOption     : key=(ESCAPE | QUOTE | DELIM) EQ CHAR_LITERAL;
extractItem     : integer AS name | name;

timesliceAmount : integer BUCKETS                                           #timesliceBuckets
                | duration                                                  #timesliceDuration
                ;
// `timeslice 1 h` occurs in Sumo's own app queries: a unit word may follow the number.
duration        : MINUS? NUMBER ({nextIsUnitWord()}? unit=IDENTIFIER)? | TEMPLATE;

sortKey         : sign=(PLUS | MINUS)? expression direction=(ASC | DESC)?;

lookupColumns   : STAR | lookupColumn (COMMA lookupColumn)*;
lookupColumn    : name (AS name)?;
lookupSource    : librarySource;
librarySource   : URI STRING?                                               #uriSource
                | LIBRARY_PATH                                              #pathSource
                ;
lookupKey       : left=fieldRef (EQ right=fieldRef)?;

transposeNames  : STAR | name (COMMA name)* (COMMA STAR)?;

fillGenerator   : TIMESLICE (LPAREN duration RPAREN)? (IN name)?      #fillTimeslice
                | VALUES LPAREN expression (COMMA expression)* RPAREN IN name        #fillValues
                | VALUES ALL IN name                                                  #fillAllValues
                ;

timeshift       : TIMESHIFT amount=duration periods=integer? function=identifier? (AS name)?;
outlierOption   : identifier EQ outlierValue;
outlierValue    : NUMBER | TEMPLATE | PLUS MINUS | PLUS | MINUS;

aggregate       : COUNT (LPAREN (STAR | expression)? RPAREN)? (AS name)?      #countAggregate
                | functionName LPAREN (expression (COMMA expression)*)? RPAREN (AS name)? #functionAggregate
                ;
groupBy         : GROUP? BY expression (COMMA expression)*;

genericArg      : LPAREN (genericArg | PIPE)* RPAREN
                | subquery
                | ~(PIPE | LPAREN | RPAREN | RBRACKET | SUBQUERY | EOF)
                ;

// --- Expressions --------------------------------------------------------------------------------
expression      : orExpr (QUESTION expression COLON expression)?;
orExpr          : andExpr ((OR | OROR) andExpr)*;
andExpr         : relational ((AND | ANDAND) relational)*;
relational      : additive (relationalTail)?;
relationalTail  : op=(EQ | EQEQ | NE | LT | LE | GT | GE) additive         #compareTail
                | NOT? MATCHES additive                                     #matchesTail
                | NOT? CONTAINS additive                                    #containsTail
                | NOT? IN LPAREN expression (COMMA expression)* RPAREN      #inTail
                | TEMPLATE                                                  #templateTail
                ;
additive        : multiplicative (op+=(PLUS | MINUS) multiplicative)*;
multiplicative  : unary (op+=(STAR | SLASH | PERCENT) unary)*;
unary           : op=(BANG | MINUS | PLUS | NOT) unary                      #prefixUnary
                | primary                                                   #primaryUnary
                ;
primary         : LPAREN expression RPAREN                                  #parenPrimary
                | functionName LPAREN (expression (COMMA expression)*)? RPAREN #callPrimary
                | NUMBER                                                    #numberPrimary
                | STRING                                                    #stringPrimary
                | REGEX_LITERAL                                             #regexPrimary
                | (TRUE | FALSE)                                            #booleanPrimary
                | NULL                                                      #nullPrimary
                | URI STRING?                                               #uriPrimary
                | subquery                                                  #subqueryPrimary
                | fieldRef                                                  #fieldPrimary
                ;

functionName    : identifier | CONTAINS;
fieldRef        : name | TEMPLATE;
name            : identifier | NULL | QUOTED_FIELD | PERCENT_FIELD;
integer         : NUMBER | TEMPLATE;

// Every keyword that Sumo lets stand as a field name.
identifier
    : IDENTIFIER | GROUP | WHERE | PARSE | REGEX | EXTRACT | MULTI | NODROP | FIELD | JSON | AUTO
    | KEYS | REFONLY | MAXDEPTH | EXTRACTARRAYS | KEYVALUE | INFER | DELIM | CSV | SPLIT | ESCAPE
    | QUOTE | XML | TIMESLICE | BUCKETS | FIELDS | SORT | ORDER | ASC | DESC | TOP | TOPK | LIMIT
    | DEDUP | CONSECUTIVE | LOOKUP | FROM | ON | TRANSPOSE | ROW | COLUMN | FILLMISSING | WITH
    | FOR | TAKELAST | VALUES | ALL | COMPARE | TIMESHIFT | OUTLIER | SAVE | APPEND | COUNT
    | COUNT_FREQUENT
    ;
