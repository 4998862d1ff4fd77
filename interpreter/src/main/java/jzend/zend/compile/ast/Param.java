package jzend.zend.compile.ast;

/**
 * A function parameter (ZEND_AST_PARAM): {@code [type] [&] [...] $name [= default]}. The default
 * is a constant expression that the compiler must validate.
 */
public record Param(byte[] name, TypeDecl type, Expr defaultValue, boolean byRef, boolean variadic, int line) {}
