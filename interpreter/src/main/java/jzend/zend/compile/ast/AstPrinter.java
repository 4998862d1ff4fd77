package jzend.zend.compile.ast;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prints an AST as S-expressions, one top-level statement per line: the readable counterpart of
 * zend_ast_export() used by the tests and for debugging ({@code (= $a (+ 1 (* 2 3)))}).
 * Strings print quoted with non-printable bytes as {@code \xHH}.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();

    private AstPrinter() {}

    /** The statements, one per line. */
    public static String print(List<Stmt> stmts) {
        AstPrinter p = new AstPrinter();
        for (Stmt s : stmts) {
            p.stmt(s);
            p.out.append('\n');
        }
        return p.out.toString();
    }

    /** One expression on one line. */
    public static String print(Expr e) {
        AstPrinter p = new AstPrinter();
        p.expr(e);
        return p.out.toString();
    }

    private AstPrinter open(String head) {
        out.append('(').append(head);
        return this;
    }

    private void close() {
        out.append(')');
    }

    private void sp() {
        out.append(' ');
    }

    private void string(byte[] b) {
        out.append('"');
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02X", c));
            }
        }
        out.append('"');
    }

    private void raw(byte[] b) {
        out.append(new String(b, StandardCharsets.ISO_8859_1));
    }

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            sp();
            expr(e);
        }
    }

    private void body(String head, List<Stmt> stmts) {
        open(head);
        for (Stmt s : stmts) {
            sp();
            stmt(s);
        }
        close();
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Echo e -> {
                open("echo");
                exprs(e.exprs());
                close();
            }
            case Stmt.InlineHtml h -> {
                open("html ");
                string(h.text());
                close();
            }
            case Stmt.ExprStmt e -> expr(e.expr());
            case Stmt.Block b -> body("block", b.body());
            case Stmt.If i -> {
                open("if");
                boolean first = true;
                for (Stmt.IfBranch br : i.branches()) {
                    sp();
                    open(first ? "cond " : "elseif ");
                    expr(br.cond());
                    sp();
                    body("then", br.body());
                    close();
                    first = false;
                }
                if (i.elseBody() != null) {
                    sp();
                    body("else", i.elseBody());
                }
                close();
            }
            case Stmt.While w -> {
                open("while ");
                expr(w.cond());
                sp();
                body("do", w.body());
                close();
            }
            case Stmt.DoWhile d -> {
                open("do-while ");
                body("do", d.body());
                sp();
                expr(d.cond());
                close();
            }
            case Stmt.For f -> {
                open("for ");
                open("init");
                exprs(f.init());
                close();
                sp();
                open("cond");
                exprs(f.cond());
                close();
                sp();
                open("step");
                exprs(f.step());
                close();
                sp();
                body("do", f.body());
                close();
            }
            case Stmt.Foreach f -> {
                open("foreach ");
                expr(f.subject());
                if (f.key() != null) {
                    out.append(" key:");
                    expr(f.key());
                }
                out.append(f.byRef() ? " &" : " ");
                expr(f.value());
                sp();
                body("do", f.body());
                close();
            }
            case Stmt.Switch sw -> {
                open("switch ");
                expr(sw.subject());
                for (SwitchCase c : sw.cases()) {
                    sp();
                    if (c.value() == null) {
                        open("default");
                    } else {
                        open("case ");
                        expr(c.value());
                    }
                    for (Stmt b : c.body()) {
                        sp();
                        stmt(b);
                    }
                    close();
                }
                close();
            }
            case Stmt.Break b -> out.append("(break ").append(b.depth()).append(')');
            case Stmt.Continue c -> out.append("(continue ").append(c.depth()).append(')');
            case Stmt.Return r -> {
                open("return");
                if (r.value() != null) {
                    sp();
                    expr(r.value());
                }
                close();
            }
            case Stmt.Global g -> {
                open("global");
                exprs(g.vars());
                close();
            }
            case Stmt.Static st -> {
                open("static");
                for (Stmt.StaticVar v : st.vars()) {
                    out.append(" $");
                    raw(v.name());
                    if (v.init() != null) {
                        out.append('=');
                        expr(v.init());
                    }
                }
                close();
            }
            case Stmt.Unset u -> {
                open("unset");
                exprs(u.vars());
                close();
            }
            case Stmt.Const c -> {
                open("const");
                for (Stmt.ConstElem e : c.consts()) {
                    sp();
                    raw(e.name());
                    out.append('=');
                    expr(e.value());
                }
                close();
            }
            case Stmt.Declare d -> {
                open("declare");
                for (Stmt.ConstElem e : d.directives()) {
                    sp();
                    raw(e.name());
                    out.append('=');
                    expr(e.value());
                }
                if (d.body() != null) {
                    sp();
                    body("body", d.body());
                }
                close();
            }
            case Stmt.FunctionDeclaration f -> function(f.decl());
            case Stmt.Try t -> {
                open("try ");
                body("body", t.body());
                for (Stmt.Catch c : t.catches()) {
                    sp();
                    open("catch");
                    for (Name n : c.types()) out.append(' ').append(n.written());
                    if (c.var() != null) {
                        out.append(" $");
                        raw(c.var());
                    }
                    sp();
                    body("body", c.body());
                    close();
                }
                if (t.finallyBody() != null) {
                    sp();
                    body("finally", t.finallyBody());
                }
                close();
            }
        }
    }

    private void type(TypeDecl t) {
        if (t.nullable()) {
            out.append('?');
        }
        boolean first = true;
        for (Name n : t.types()) {
            if (!first) {
                out.append('|');
            }
            out.append(n.written());
            first = false;
        }
    }

    private void function(FunctionDecl f) {
        open(switch (f.kind()) {
            case FUNCTION -> "function";
            case CLOSURE -> "closure";
            case ARROW_FUNCTION -> "fn";
        });
        if (f.isStatic()) {
            out.append(" static");
        }
        if (f.byRefReturn()) {
            out.append(" &");
        }
        if (f.kind() == FunctionDecl.Kind.FUNCTION) {
            sp();
            raw(f.name());
        }
        out.append(" (params");
        for (Param p : f.params()) {
            sp();
            if (p.type() != null) {
                type(p.type());
                sp();
            }
            if (p.byRef()) {
                out.append('&');
            }
            if (p.variadic()) {
                out.append("...");
            }
            out.append('$');
            raw(p.name());
            if (p.defaultValue() != null) {
                out.append('=');
                expr(p.defaultValue());
            }
        }
        close();
        if (!f.uses().isEmpty()) {
            out.append(" (use");
            for (ClosureUse u : f.uses()) {
                out.append(u.byRef() ? " &$" : " $");
                raw(u.name());
            }
            close();
        }
        if (f.returnType() != null) {
            out.append(" : ");
            type(f.returnType());
        }
        sp();
        body("body", f.body());
        close();
    }

    /** An array or list() element: {@code (=> key &value)}, or just {@code &value} without a key. */
    private void keyedItem(Expr key, boolean byRef, Expr value) {
        if (key != null) {
            open("=> ");
            expr(key);
            sp();
        }
        if (byRef) {
            out.append('&');
        }
        expr(value);
        if (key != null) {
            close();
        }
    }

    private void binary(String op, Expr l, Expr r) {
        open(op);
        sp();
        expr(l);
        sp();
        expr(r);
        close();
    }

    private void args(List<Arg> args) {
        for (Arg a : args) {
            sp();
            if (a.unpack()) {
                open("...");
                sp();
                expr(a.value());
                close();
            } else if (a.name() != null) {
                open("named ");
                raw(a.name());
                sp();
                expr(a.value());
                close();
            } else {
                expr(a.value());
            }
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.IntLiteral i -> out.append(i.value());
            case Expr.FloatLiteral f -> out.append("(float ").append(f.value()).append(')');
            case Expr.StringLiteral s -> string(s.value());
            case Expr.InterpolatedString s -> {
                open("encaps");
                exprs(s.parts());
                close();
            }
            case Expr.ShellExec s -> {
                open("shell");
                exprs(s.parts());
                close();
            }
            case Expr.ConstFetch c -> out.append("(const ").append(c.name().written()).append(')');
            case Expr.Variable v -> {
                out.append('$');
                raw(v.name());
            }
            case Expr.VariableVariable v -> {
                open("$ ");
                expr(v.name());
                close();
            }
            case Expr.Dim d -> {
                open("dim ");
                expr(d.base());
                if (d.dim() != null) {
                    sp();
                    expr(d.dim());
                }
                close();
            }
            case Expr.Assign a -> binary("=", a.target(), a.value());
            case Expr.AssignRef a -> binary("=&", a.target(), a.source());
            case Expr.CompoundAssign a -> binary(a.op().symbol + "=", a.target(), a.value());
            case Expr.AssignCoalesce a -> binary("??=", a.target(), a.value());
            case Expr.Destructure d -> {
                open(d.listSyntax() ? "list" : "[list]");
                for (DestructureItem i : d.items()) {
                    sp();
                    if (i == null) {
                        out.append('_');
                        continue;
                    }
                    keyedItem(i.key(), i.byRef(), i.target());
                }
                close();
            }
            case Expr.IncDec i -> {
                open((i.prefix() ? "pre" : "post") + (i.increment() ? "++ " : "-- "));
                expr(i.target());
                close();
            }
            case Expr.Binary b -> binary(b.op().symbol, b.left(), b.right());
            case Expr.BooleanAnd b -> binary("&&", b.left(), b.right());
            case Expr.BooleanOr b -> binary("||", b.left(), b.right());
            case Expr.Coalesce c -> binary("??", c.left(), c.right());
            case Expr.Conditional c -> {
                open(c.then() == null ? "?: " : "? ");
                expr(c.cond());
                if (c.then() != null) {
                    sp();
                    expr(c.then());
                }
                sp();
                expr(c.otherwise());
                close();
            }
            case Expr.Unary u -> {
                open(u.op().symbol + " ");
                expr(u.operand());
                close();
            }
            case Expr.Silence s -> {
                open("@ ");
                expr(s.operand());
                close();
            }
            case Expr.Cast c -> {
                open("cast " + c.type().php + " ");
                expr(c.operand());
                close();
            }
            case Expr.ArrayLiteral a -> {
                open("array");
                for (ArrayItem i : a.items()) {
                    sp();
                    if (i == null) {
                        out.append("(empty)");
                        continue;
                    }
                    if (i.unpack()) {
                        open("... ");
                        expr(i.value());
                        close();
                        continue;
                    }
                    keyedItem(i.key(), i.byRef(), i.value());
                }
                close();
            }
            case Expr.Isset i -> {
                open("isset");
                exprs(i.vars());
                close();
            }
            case Expr.Empty em -> {
                open("empty ");
                expr(em.operand());
                close();
            }
            case Expr.Exit x -> {
                open("exit");
                if (x.status() != null) {
                    sp();
                    expr(x.status());
                }
                close();
            }
            case Expr.Print p -> {
                open("print ");
                expr(p.operand());
                close();
            }
            case Expr.FunctionCall c -> {
                open("call ").out.append(c.name().written());
                args(c.args());
                close();
            }
            case Expr.DynamicCall c -> {
                open("call ");
                expr(c.callee());
                args(c.args());
                close();
            }
            case Expr.FirstClassCallable c -> {
                open("callable ");
                if (c.name() != null) out.append(c.name().written());
                else expr(c.callee());
                out.append("(...)");
                close();
            }
            case Expr.Closure c -> function(c.decl());
            case Expr.Match m -> {
                open("match ");
                expr(m.subject());
                for (MatchArm arm : m.arms()) {
                    sp();
                    if (arm.conditions() == null) {
                        open("default");
                    } else {
                        open("arm (");
                        boolean first = true;
                        for (Expr c : arm.conditions()) {
                            if (!first) {
                                sp();
                            }
                            expr(c);
                            first = false;
                        }
                        close();
                    }
                    sp();
                    expr(arm.body());
                    close();
                }
                close();
            }
            case Expr.Throw t -> {
                open("throw ");
                expr(t.value());
                close();
            }
            case Expr.New n -> {
                open("new ").out.append(n.className().written());
                args(n.args());
                close();
            }
            case Expr.MethodCall m -> {
                open(m.nullsafe() ? "?-> " : "-> ");
                expr(m.object());
                out.append(' ');
                raw(m.method());
                args(m.args());
                close();
            }
            case Expr.InstanceOf i -> {
                open("instanceof ");
                expr(i.operand());
                out.append(' ').append(i.className().written());
                close();
            }
        }
    }
}
