package jzend.zend.compile.ast;

import java.util.List;

/** Statement nodes. Bodies are statement lists (a braced body is unwrapped into its list). */
public sealed interface Stmt extends Node {

    /** {@code echo a, b;} (one ZEND_AST_ECHO per expression in PHP). */
    record Echo(List<Expr> exprs, int line) implements Stmt {}

    /** Text outside {@code <?php ?>}, echoed as is. */
    record InlineHtml(byte[] text, int line) implements Stmt {}

    /** An expression evaluated for its effects. */
    record ExprStmt(Expr expr, int line) implements Stmt {}

    /** {@code { ... }} at statement level. */
    record Block(List<Stmt> body, int line) implements Stmt {}

    /** {@code if}/{@code elseif}/{@code else if}/{@code else}; elseBody is null without else. */
    record If(List<IfBranch> branches, List<Stmt> elseBody, int line) implements Stmt {}

    /** One {@code if (cond) body} or {@code elseif (cond) body}. */
    record IfBranch(Expr cond, List<Stmt> body, int line) {}

    /** {@code while (cond) body}. */
    record While(Expr cond, List<Stmt> body, int line) implements Stmt {}

    /** {@code do body while (cond);}. */
    record DoWhile(List<Stmt> body, Expr cond, int line) implements Stmt {}

    /** {@code for (init; cond; step) body}; each part is a comma list, possibly empty. */
    record For(List<Expr> init, List<Expr> cond, List<Expr> step, List<Stmt> body, int line) implements Stmt {}

    /**
     * {@code foreach (subject as [key =>] [&]value) body}; key is null when absent, value is a
     * variable, dim or {@link Expr.Destructure}.
     */
    record Foreach(Expr subject, Expr key, Expr value, boolean byRef, List<Stmt> body, int line) implements Stmt {}

    /** {@code switch (subject) { cases }}. */
    record Switch(Expr subject, List<SwitchCase> cases, int line) implements Stmt {}

    /** {@code break N;} (depth 1 when omitted), already checked against the enclosing loops. */
    record Break(int depth, int line) implements Stmt {}

    /** {@code continue N;} (depth 1 when omitted), already checked against the enclosing loops. */
    record Continue(int depth, int line) implements Stmt {}

    /** {@code return [expr];}. */
    record Return(Expr value, int line) implements Stmt {}

    /** {@code global $a, $$b;}: each a Variable or VariableVariable. */
    record Global(List<Expr> vars, int line) implements Stmt {}

    /** {@code static $a = 1, $b;}. */
    record Static(List<StaticVar> vars, int line) implements Stmt {}

    /** One static variable and its constant-expression initializer (null when absent). */
    record StaticVar(byte[] name, Expr init, int line) {}

    /** {@code unset($a, $b[1]);}. */
    record Unset(List<Expr> vars, int line) implements Stmt {}

    /** {@code const A = 1, B = 2;} at top level. */
    record Const(List<ConstElem> consts, int line) implements Stmt {}

    /** One constant of a const statement. */
    record ConstElem(byte[] name, Expr value, int line) {}

    /** {@code declare(name=value, ...)} with an optional body (null for the {@code ;} form). */
    record Declare(List<ConstElem> directives, List<Stmt> body, int line) implements Stmt {}

    /** A named function declaration. */
    record FunctionDeclaration(FunctionDecl decl, int line) implements Stmt {}

    /** {@code try { } catch (A | B $e) { } finally { }}; finallyBody is null without finally. */
    record Try(List<Stmt> body, List<Catch> catches, List<Stmt> finallyBody, int line) implements Stmt {}

    /** One {@code catch (A | B $e) { }} clause; var is null for {@code catch (A)}. */
    record Catch(List<Name> types, byte[] var, List<Stmt> body, int line) {}
}
