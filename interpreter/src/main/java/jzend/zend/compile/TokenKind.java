package jzend.zend.compile;

/**
 * The token kinds of zend_language_parser.y's {@code %token} declarations, each with the bison
 * alias that parse errors print (the {@code "'echo'"}/{@code "variable"} strings), plus the
 * single-character tokens the scanner returns as themselves.
 */
public enum TokenKind {
    END("\"end of file\""),
    T_LNUMBER("\"integer\""),
    T_DNUMBER("\"floating-point number\""),
    T_STRING("\"identifier\""),
    T_NAME_FULLY_QUALIFIED("\"fully qualified name\""),
    T_NAME_RELATIVE("\"namespace-relative name\""),
    T_NAME_QUALIFIED("\"namespaced name\""),
    T_VARIABLE("\"variable\""),
    T_INLINE_HTML("T_INLINE_HTML"),
    T_ENCAPSED_AND_WHITESPACE("\"string content\""),
    T_CONSTANT_ENCAPSED_STRING("\"quoted string\""),
    T_STRING_VARNAME("\"variable name\""),
    T_NUM_STRING("\"number\""),
    T_INCLUDE("\"'include'\""),
    T_INCLUDE_ONCE("\"'include_once'\""),
    T_EVAL("\"'eval'\""),
    T_REQUIRE("\"'require'\""),
    T_REQUIRE_ONCE("\"'require_once'\""),
    T_LOGICAL_OR("\"'or'\""),
    T_LOGICAL_XOR("\"'xor'\""),
    T_LOGICAL_AND("\"'and'\""),
    T_PRINT("\"'print'\""),
    T_YIELD("\"'yield'\""),
    T_YIELD_FROM("\"'yield from'\""),
    T_INSTANCEOF("\"'instanceof'\""),
    T_NEW("\"'new'\""),
    T_CLONE("\"'clone'\""),
    T_EXIT("\"'exit'\""),
    T_IF("\"'if'\""),
    T_ELSEIF("\"'elseif'\""),
    T_ELSE("\"'else'\""),
    T_ENDIF("\"'endif'\""),
    T_ECHO("\"'echo'\""),
    T_DO("\"'do'\""),
    T_WHILE("\"'while'\""),
    T_ENDWHILE("\"'endwhile'\""),
    T_FOR("\"'for'\""),
    T_ENDFOR("\"'endfor'\""),
    T_FOREACH("\"'foreach'\""),
    T_ENDFOREACH("\"'endforeach'\""),
    T_DECLARE("\"'declare'\""),
    T_ENDDECLARE("\"'enddeclare'\""),
    T_AS("\"'as'\""),
    T_SWITCH("\"'switch'\""),
    T_ENDSWITCH("\"'endswitch'\""),
    T_CASE("\"'case'\""),
    T_DEFAULT("\"'default'\""),
    T_MATCH("\"'match'\""),
    T_BREAK("\"'break'\""),
    T_CONTINUE("\"'continue'\""),
    T_GOTO("\"'goto'\""),
    T_FUNCTION("\"'function'\""),
    T_FN("\"'fn'\""),
    T_CONST("\"'const'\""),
    T_RETURN("\"'return'\""),
    T_TRY("\"'try'\""),
    T_CATCH("\"'catch'\""),
    T_FINALLY("\"'finally'\""),
    T_THROW("\"'throw'\""),
    T_USE("\"'use'\""),
    T_INSTEADOF("\"'insteadof'\""),
    T_GLOBAL("\"'global'\""),
    T_STATIC("\"'static'\""),
    T_ABSTRACT("\"'abstract'\""),
    T_FINAL("\"'final'\""),
    T_PRIVATE("\"'private'\""),
    T_PROTECTED("\"'protected'\""),
    T_PUBLIC("\"'public'\""),
    T_READONLY("\"'readonly'\""),
    T_VAR("\"'var'\""),
    T_UNSET("\"'unset'\""),
    T_ISSET("\"'isset'\""),
    T_EMPTY("\"'empty'\""),
    T_HALT_COMPILER("\"'__halt_compiler'\""),
    T_CLASS("\"'class'\""),
    T_TRAIT("\"'trait'\""),
    T_INTERFACE("\"'interface'\""),
    T_ENUM("\"'enum'\""),
    T_EXTENDS("\"'extends'\""),
    T_IMPLEMENTS("\"'implements'\""),
    T_NAMESPACE("\"'namespace'\""),
    T_LIST("\"'list'\""),
    T_ARRAY("\"'array'\""),
    T_CALLABLE("\"'callable'\""),
    T_LINE("\"'__LINE__'\""),
    T_FILE("\"'__FILE__'\""),
    T_DIR("\"'__DIR__'\""),
    T_CLASS_C("\"'__CLASS__'\""),
    T_TRAIT_C("\"'__TRAIT__'\""),
    T_METHOD_C("\"'__METHOD__'\""),
    T_FUNC_C("\"'__FUNCTION__'\""),
    T_NS_C("\"'__NAMESPACE__'\""),
    T_ATTRIBUTE("\"'#['\""),
    T_PLUS_EQUAL("\"'+='\""),
    T_MINUS_EQUAL("\"'-='\""),
    T_MUL_EQUAL("\"'*='\""),
    T_DIV_EQUAL("\"'/='\""),
    T_CONCAT_EQUAL("\"'.='\""),
    T_MOD_EQUAL("\"'%='\""),
    T_AND_EQUAL("\"'&='\""),
    T_OR_EQUAL("\"'|='\""),
    T_XOR_EQUAL("\"'^='\""),
    T_SL_EQUAL("\"'<<='\""),
    T_SR_EQUAL("\"'>>='\""),
    T_COALESCE_EQUAL("\"'??='\""),
    T_BOOLEAN_OR("\"'||'\""),
    T_BOOLEAN_AND("\"'&&'\""),
    T_IS_EQUAL("\"'=='\""),
    T_IS_NOT_EQUAL("\"'!='\""),
    T_IS_IDENTICAL("\"'==='\""),
    T_IS_NOT_IDENTICAL("\"'!=='\""),
    T_IS_SMALLER_OR_EQUAL("\"'<='\""),
    T_IS_GREATER_OR_EQUAL("\"'>='\""),
    T_SPACESHIP("\"'<=>'\""),
    T_SL("\"'<<'\""),
    T_SR("\"'>>'\""),
    T_INC("\"'++'\""),
    T_DEC("\"'--'\""),
    T_INT_CAST("\"'(int)'\""),
    T_DOUBLE_CAST("\"'(double)'\""),
    T_STRING_CAST("\"'(string)'\""),
    T_ARRAY_CAST("\"'(array)'\""),
    T_OBJECT_CAST("\"'(object)'\""),
    T_BOOL_CAST("\"'(bool)'\""),
    T_UNSET_CAST("\"'(unset)'\""),
    T_OBJECT_OPERATOR("\"'->'\""),
    T_NULLSAFE_OBJECT_OPERATOR("\"'?->'\""),
    T_DOUBLE_ARROW("\"'=>'\""),
    T_COMMENT("\"comment\""),
    T_DOC_COMMENT("\"doc comment\""),
    T_OPEN_TAG("\"open tag\""),
    T_OPEN_TAG_WITH_ECHO("\"'<?='\""),
    T_CLOSE_TAG("\"'?>'\""),
    T_WHITESPACE("\"whitespace\""),
    T_START_HEREDOC("\"heredoc start\""),
    T_END_HEREDOC("\"heredoc end\""),
    T_DOLLAR_OPEN_CURLY_BRACES("\"'${'\""),
    T_CURLY_OPEN("\"'{$'\""),
    T_PAAMAYIM_NEKUDOTAYIM("\"'::'\""),
    T_NS_SEPARATOR("\"'\\\\'\""),
    T_ELLIPSIS("\"'...'\""),
    T_COALESCE("\"'??'\""),
    T_POW("\"'**'\""),
    T_POW_EQUAL("\"'**='\""),
    T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG("\"'&'\""),
    T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG("\"amp\""),
    T_BAD_CHARACTER("\"invalid character\""),

    SEMICOLON("';'"), COLON("':'"), COMMA("','"), DOT("'.'"), PIPE("'|'"), CARET("'^'"),
    PLUS("'+'"), MINUS("'-'"), SLASH("'/'"), STAR("'*'"), EQUALS("'='"), PERCENT("'%'"),
    BANG("'!'"), TILDE("'~'"), DOLLAR("'$'"), LT("'<'"), GT("'>'"), QUESTION("'?'"), AT("'@'"),
    LBRACKET("'['"), RBRACKET("']'"), LPAREN("'('"), RPAREN("')'"), LBRACE("'{'"), RBRACE("'}'"),
    DOUBLE_QUOTE("'\"'"), BACKQUOTE("'`'");

    /** The name bison knows the token by (its alias string as written in the grammar). */
    final String bisonName;

    TokenKind(String bisonName) {
        this.bisonName = bisonName;
    }

    /** The single-character token for byte {@code c}, or null when {@code c} is not one. */
    static TokenKind ofChar(int c) {
        return switch (c) {
            case ';' -> SEMICOLON; case ':' -> COLON; case ',' -> COMMA; case '.' -> DOT;
            case '|' -> PIPE; case '^' -> CARET; case '&' -> T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG;
            case '+' -> PLUS; case '-' -> MINUS; case '/' -> SLASH; case '*' -> STAR; case '=' -> EQUALS;
            case '%' -> PERCENT; case '!' -> BANG; case '~' -> TILDE; case '$' -> DOLLAR; case '<' -> LT;
            case '>' -> GT; case '?' -> QUESTION; case '@' -> AT; case '[' -> LBRACKET; case ']' -> RBRACKET;
            case '(' -> LPAREN; case ')' -> RPAREN; case '{' -> LBRACE; case '}' -> RBRACE;
            case '"' -> DOUBLE_QUOTE; case '`' -> BACKQUOTE;
            default -> null;
        };
    }

    /** True for the two ampersand tokens PHP 8.1 split '&' into. */
    public boolean isAmpersand() {
        return this == T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG || this == T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG;
    }

    /** How a parse error lists this token among the expected ones (zend_yytnamerr, expected case). */
    public String expectedName() {
        if (this == T_NS_SEPARATOR) {
            return "\"\\\"";
        }
        String s = bisonName;
        if (s.length() >= 2 && s.charAt(0) == '"') {
            s = s.substring(1, s.length() - 1);
        }
        return s.replace('\'', '"');
    }
}
