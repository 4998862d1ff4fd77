package jzend.zend.compile.ast;

import java.util.List;

/**
 * Expression nodes. Variables ({@link Variable}, {@link VariableVariable}, {@link Dim}) are the
 * only writable nodes; assignment targets are always one of those or a {@link Destructure}.
 * Magic constants are already resolved by the parser: {@code __LINE__} is an {@link IntLiteral},
 * {@code __FILE__}, {@code __DIR__}, {@code __FUNCTION__} etc. are {@link StringLiteral}s.
 */
public sealed interface Expr extends Node {

    /** An integer literal (T_LNUMBER). */
    record IntLiteral(long value, int line) implements Expr {}

    /** A float literal (T_DNUMBER, or an integer literal that overflowed). */
    record FloatLiteral(double value, int line) implements Expr {}

    /** A string literal, already unescaped: any bytes. */
    record StringLiteral(byte[] value, int line) implements Expr {}

    /**
     * A string with interpolation (ZEND_AST_ENCAPS_LIST): literal parts are StringLiterals, the
     * others are variables or expressions whose string values are concatenated.
     */
    record InterpolatedString(List<Expr> parts, int line) implements Expr {}

    /** A backquoted shell command (ZEND_AST_SHELL_EXEC): its parts, as for InterpolatedString. */
    record ShellExec(List<Expr> parts, int line) implements Expr {}

    /** A constant fetch (ZEND_AST_CONST), including true/false/null in any case. */
    record ConstFetch(Name name, int line) implements Expr {}

    /** {@code $name} (ZEND_AST_VAR with a constant name); the name is without the '$'. */
    record Variable(byte[] name, int line) implements Expr {}

    /** {@code $$expr} or {@code ${expr}} (ZEND_AST_VAR with a computed name). */
    record VariableVariable(Expr name, int line) implements Expr {}

    /** {@code base[dim]}, or {@code base[]} (dim null; only valid as a write target). */
    record Dim(Expr base, Expr dim, int line) implements Expr {}

    /** {@code target = value}. */
    record Assign(Expr target, Expr value, int line) implements Expr {}

    /** {@code target =& source} (ZEND_AST_ASSIGN_REF). */
    record AssignRef(Expr target, Expr source, int line) implements Expr {}

    /** {@code target op= value} (ZEND_AST_ASSIGN_OP). */
    record CompoundAssign(BinaryOp op, Expr target, Expr value, int line) implements Expr {}

    /** {@code target ??= value} (ZEND_AST_ASSIGN_COALESCE). */
    record AssignCoalesce(Expr target, Expr value, int line) implements Expr {}

    /**
     * A destructuring target, {@code list(...)} or {@code [...]} (ZEND_AST_ARRAY with list
     * syntax). Items are null where skipped ({@code [, $b]}).
     */
    record Destructure(List<DestructureItem> items, boolean listSyntax, int line) implements Expr {}

    /** {@code ++$x}, {@code $x++}, {@code --$x}, {@code $x--}. */
    record IncDec(Expr target, boolean increment, boolean prefix, int line) implements Expr {}

    /** A binary operator that compiles to one opcode. */
    record Binary(BinaryOp op, Expr left, Expr right, int line) implements Expr {}

    /** {@code && / and} (ZEND_AST_AND), short-circuit. */
    record BooleanAnd(Expr left, Expr right, int line) implements Expr {}

    /** {@code || / or} (ZEND_AST_OR), short-circuit. */
    record BooleanOr(Expr left, Expr right, int line) implements Expr {}

    /** {@code left ?? right} (ZEND_AST_COALESCE). */
    record Coalesce(Expr left, Expr right, int line) implements Expr {}

    /** {@code cond ? then : otherwise}; then is null for the short form {@code cond ?: otherwise}. */
    record Conditional(Expr cond, Expr then, Expr otherwise, int line) implements Expr {}

    /** {@code ! ~ + -} applied to an operand. */
    record Unary(UnaryOp op, Expr operand, int line) implements Expr {}

    /** {@code @expr} (ZEND_AST_SILENCE). */
    record Silence(Expr operand, int line) implements Expr {}

    /** {@code (type) expr}. */
    record Cast(CastType type, Expr operand, int line) implements Expr {}

    /** An array literal {@code [...]} or {@code array(...)}; items are never null. */
    record ArrayLiteral(List<ArrayItem> items, int line) implements Expr {}

    /** {@code isset($a, $b)}: true when every variable is set. */
    record Isset(List<Expr> vars, int line) implements Expr {}

    /** {@code empty(expr)}. */
    record Empty(Expr operand, int line) implements Expr {}

    /** {@code exit}/{@code die}, with an optional status or message. */
    record Exit(Expr status, int line) implements Expr {}

    /** {@code print expr}: evaluates to 1. */
    record Print(Expr operand, int line) implements Expr {}

    /** {@code name(args)} with a literal function name. */
    record FunctionCall(Name name, List<Arg> args, int line) implements Expr {}

    /** {@code callee(args)} with a computed callee ({@code $f()}, {@code (function(){})()}, ...). */
    record DynamicCall(Expr callee, List<Arg> args, int line) implements Expr {}

    /**
     * First-class callable syntax, {@code strlen(...)} or {@code $f(...)}: a Closure of the
     * function (exactly one of {@code name} and {@code callee} is set).
     */
    record FirstClassCallable(Name name, Expr callee, int line) implements Expr {}

    /** A closure or an arrow function. */
    record Closure(FunctionDecl decl, int line) implements Expr {}

    /** {@code match (subject) { arms }}; no arm matching is a runtime UnhandledMatchError. */
    record Match(Expr subject, List<MatchArm> arms, int line) implements Expr {}

    /** {@code expr instanceof ClassName}. */
    record InstanceOf(Expr operand, Name className, int line) implements Expr {}

    /** {@code throw expr} (an expression since PHP 8). */
    record Throw(Expr value, int line) implements Expr {}

    /** {@code new Name(args)}. */
    record New(Name className, List<Arg> args, int line) implements Expr {}

    /** {@code $object->method(args)} / {@code ?->}. */
    record MethodCall(Expr object, byte[] method, List<Arg> args, boolean nullsafe, int line) implements Expr {}
}
