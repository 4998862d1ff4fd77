package jzend.zend.compile.ast;

/**
 * One target of a {@code list()}/{@code [...]} destructuring: {@code [key =>] [&]target}, where the
 * target is a variable, a dim, or a nested {@link Expr.Destructure}.
 */
public record DestructureItem(Expr key, Expr target, boolean byRef, int line) {}
