package jzend.zend.compile.ast;

/**
 * An element of an array literal (ZEND_AST_ARRAY_ELEM): {@code [key =>] [&]value} or the spread
 * {@code ...value}.
 */
public record ArrayItem(Expr key, Expr value, boolean byRef, boolean unpack, int line) {}
