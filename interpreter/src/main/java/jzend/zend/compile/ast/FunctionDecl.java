package jzend.zend.compile.ast;

import java.util.List;

/**
 * A function, closure or arrow function (zend_ast_decl). Closures and arrow functions are named
 * {@code {closure}} as in PHP. An arrow function's body is a single {@link Stmt.Return} of its
 * expression (as zend_language_parser.y builds it) and its {@code uses} are empty: it captures
 * by value whatever it reads.
 */
public record FunctionDecl(Kind kind, byte[] name, List<Param> params, TypeDecl returnType, boolean byRefReturn,
                           List<ClosureUse> uses, boolean isStatic, List<Stmt> body, int line, int endLine) {

    /** ZEND_AST_FUNC_DECL, ZEND_AST_CLOSURE, ZEND_AST_ARROW_FUNC. */
    public enum Kind { FUNCTION, CLOSURE, ARROW_FUNCTION }
}
