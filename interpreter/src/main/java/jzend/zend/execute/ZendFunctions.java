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
        if (count == opArrays.length) {
            opArrays = Arrays.copyOf(opArrays, count * 2);
            entries = Arrays.copyOf(entries, count * 2);
        }
        opArrays[count] = op;
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

    /** Forgets the request's functions (php_request_shutdown). */
    public static void clear() {
        Arrays.fill(opArrays, 0, count, null);
        Arrays.fill(entries, 0, count, null);
        count = 0;
    }
}
