package jzend.zend.compile.ast;

/** An AST node (zend_ast): an expression or a statement, with the line it starts on. */
public sealed interface Node permits Expr, Stmt {
    /** The source line of the node (zend_ast_get_lineno). */
    int line();
}
