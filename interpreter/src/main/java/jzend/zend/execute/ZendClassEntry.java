package jzend.zend.execute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A class of CG(class_table) (zend_class_entry). jzend has no user classes yet; the table holds
 * the built-in Throwable hierarchy of PHP 8.2 (zend_exceptions.c, ext/spl's exceptions,
 * ext/json's JsonException), which is what {@code new}, {@code throw}, {@code catch} and
 * {@code instanceof} need.
 */
public final class ZendClassEntry {
    /** The class's index in the table (what an object stores as its ce). */
    public final int id;
    public final String name;
    public final ZendClassEntry parent;
    private final ZendClassEntry[] interfaces;
    public final boolean isInterface;

    private ZendClassEntry(int id, String name, ZendClassEntry parent, boolean isInterface, ZendClassEntry... interfaces) {
        this.id = id;
        this.name = name;
        this.parent = parent;
        this.isInterface = isInterface;
        this.interfaces = interfaces;
    }

    private static final List<ZendClassEntry> TABLE = new ArrayList<>();
    private static final Map<String, ZendClassEntry> BY_NAME = new HashMap<>();

    private static ZendClassEntry register(String name, ZendClassEntry parent, boolean isInterface, ZendClassEntry... interfaces) {
        ZendClassEntry ce = new ZendClassEntry(TABLE.size(), name, parent, isInterface, interfaces);
        TABLE.add(ce);
        BY_NAME.put(name.toLowerCase(Locale.ROOT), ce);
        return ce;
    }

    public static final ZendClassEntry STRINGABLE = register("Stringable", null, true);
    public static final ZendClassEntry THROWABLE = register("Throwable", null, true, STRINGABLE);
    public static final ZendClassEntry EXCEPTION = register("Exception", null, false, THROWABLE);
    public static final ZendClassEntry ERROR = register("Error", null, false, THROWABLE);
    public static final ZendClassEntry CLOSURE = register("Closure", null, false);
    public static final ZendClassEntry ERROR_EXCEPTION = register("ErrorException", EXCEPTION, false);
    static {
        ZendClassEntry compileError = register("CompileError", ERROR, false);
        register("ParseError", compileError, false);
        ZendClassEntry typeError = register("TypeError", ERROR, false);
        register("ArgumentCountError", typeError, false);
        register("ValueError", ERROR, false);
        ZendClassEntry arithmetic = register("ArithmeticError", ERROR, false);
        register("DivisionByZeroError", arithmetic, false);
        register("UnhandledMatchError", ERROR, false);
        ZendClassEntry logic = register("LogicException", EXCEPTION, false);
        ZendClassEntry badFunctionCall = register("BadFunctionCallException", logic, false);
        register("BadMethodCallException", badFunctionCall, false);
        register("DomainException", logic, false);
        register("InvalidArgumentException", logic, false);
        register("LengthException", logic, false);
        register("OutOfRangeException", logic, false);
        ZendClassEntry runtime = register("RuntimeException", EXCEPTION, false);
        register("OutOfBoundsException", runtime, false);
        register("OverflowException", runtime, false);
        register("RangeException", runtime, false);
        register("UnderflowException", runtime, false);
        register("UnexpectedValueException", runtime, false);
        register("JsonException", EXCEPTION, false);
    }

    /** zend_lookup_class (no autoloading): the class of that name, case-insensitively, or null. */
    public static ZendClassEntry lookup(String name) {
        if (name.startsWith("\\")) name = name.substring(1);
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every class of the table. */
    public static List<ZendClassEntry> all() {
        return List.copyOf(TABLE);
    }

    /** The class with table index {@code id}. */
    public static ZendClassEntry byId(int id) {
        return TABLE.get(id);
    }

    /** Port of instanceof_function: this class is {@code other}, extends it or implements it. */
    public boolean instanceOf(ZendClassEntry other) {
        for (ZendClassEntry c = this; c != null; c = c.parent) {
            if (c == other) return true;
            for (ZendClassEntry i : c.interfaces) {
                if (i.instanceOf(other)) return true;
            }
        }
        return false;
    }
}
