package jzend.zend.compile;

import jzend.zend.compile.ast.ClosureUse;
import jzend.zend.compile.ast.Expr;
import jzend.zend.compile.ast.FunctionDecl;
import jzend.zend.compile.ast.Param;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;

/**
 * Port of find_implicit_binds (zend_compile.c): the variables an arrow function reads from its
 * parent, in order of appearance — every variable of its body, except inside nested closures
 * (which contribute only what they capture) and the parameters of nested arrow functions. The
 * AST is walked generically: its nodes are records.
 */
final class FreeVariables {
    private FreeVariables() {}

    static void collect(Object node, Set<String> names) {
        switch (node) {
            case null -> { }
            case Expr.Variable v -> names.add(new String(v.name(), StandardCharsets.ISO_8859_1));
            case Expr.Closure c when c.decl().kind() == FunctionDecl.Kind.CLOSURE -> {
                for (ClosureUse u : c.decl().uses()) names.add(new String(u.name(), StandardCharsets.ISO_8859_1));
            }
            case Expr.Closure c -> {
                java.util.LinkedHashSet<String> inner = new java.util.LinkedHashSet<>();
                for (Object s : c.decl().body()) collect(s, inner);
                for (Param p : c.decl().params()) {
                    inner.remove(new String(p.name(), StandardCharsets.ISO_8859_1));
                    collect(p.defaultValue(), names);
                }
                names.addAll(inner);
            }
            case Collection<?> list -> {
                for (Object o : list) collect(o, names);
            }
            case Record r -> {
                for (RecordComponent rc : r.getClass().getRecordComponents()) {
                    try {
                        Object v = rc.getAccessor().invoke(r);
                        if (v instanceof Record || v instanceof Collection<?>) collect(v, names);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> { }
        }
    }
}
