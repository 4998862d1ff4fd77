package jzend.zend.compile.ast;

import java.util.List;

/** A switch case (ZEND_AST_SWITCH_CASE): its value ({@code null} for {@code default}) and statements. */
public record SwitchCase(Expr value, List<Stmt> body, int line) {}
