package jzend.zend.execute;

import jzend.zend.compile.ZendOpArray;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;

/**
 * The user functions of the request (the op_array part of EG(function_table)), by index: the
 * op_array (for names, argument info and line numbers) and the entry point of its generated code
 * (for calls that are not resolved at compile time: by name, callbacks from builtins).
 */
public final class ZendFunctions {
    private ZendFunctions() {}

    private static ZendOpArray[] opArrays = new ZendOpArray[16];
    private static MethodHandle[] entries = new MethodHandle[16];
    private static int count;

    /** Registers an op_array; returns its index (stored in frames as EX(func)). */
    public static int register(ZendOpArray op) {
        return register(op, true);
    }

    /**
     * Registers an op_array; a named function is bound to its name now (early binding, as
     * top-level declarations are) or, when {@code bind} is false, by {@link #declare} when its
     * ZEND_DECLARE_FUNCTION runs (a declaration inside a block or a function body).
     */
    public static int register(ZendOpArray op, boolean bind) {
        if (count == opArrays.length) {
            opArrays = Arrays.copyOf(opArrays, count * 2);
            entries = Arrays.copyOf(entries, count * 2);
        }
        opArrays[count] = op;
        if (bind && op.functionName.length > 0 && op.functionName[0] != '{') {
            byName.putIfAbsent(new String(op.functionName, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT), count);
        }
        return count++;
    }

    static void setEntry(int index, MethodHandle entry) {
        entries[index] = entry;
    }

    public static ZendOpArray opArray(int index) {
        return opArrays[index];
    }

    /** The generated code of a function: a {@code (long execute_data) -> void} handle. */
    public static MethodHandle entry(int index) {
        return entries[index];
    }

    public static int count() {
        return count;
    }

    /** Lower-case name → index of the request's named user functions (closures and {main} excluded). */
    private static final java.util.Map<String, Integer> byName = new java.util.HashMap<>();

    /** The index of the user function named {@code lowerCaseName}, or -1. */
    public static int lookup(String lowerCaseName) {
        Integer i = byName.get(lowerCaseName);
        return i == null ? -1 : i;
    }

    /**
     * Port of do_bind_function (ZEND_DECLARE_FUNCTION): binds the function at {@code index} to its
     * name; a name already taken by a builtin or a user function is a fatal error.
     */
    public static void declare(int index) {
        ZendOpArray op = opArrays[index];
        String name = new String(op.functionName, java.nio.charset.StandardCharsets.ISO_8859_1);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        Integer previous = byName.get(lower);
        if (previous != null) {
            ZendOpArray old = opArrays[previous];
            jzend.zend.Zend.zend_error(jzend.zend.ZendErrors.E_COMPILE_ERROR, "Cannot redeclare " + name + "() (previously declared in "
                    + new String(old.filename, java.nio.charset.StandardCharsets.ISO_8859_1) + ":" + old.lineStart + ")");
        }
        if (jzend.zend.ZendInternalFunctions.lookup(lower) != 0) {
            jzend.zend.Zend.zend_error(jzend.zend.ZendErrors.E_COMPILE_ERROR, "Cannot redeclare " + name + "()");
        }
        byName.put(lower, index);
    }

    /** Forgets the request's functions (php_request_shutdown). */
    public static void clear() {
        byName.clear();
        Arrays.fill(opArrays, 0, count, null);
        Arrays.fill(entries, 0, count, null);
        count = 0;
    }
}
