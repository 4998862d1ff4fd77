package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.execute.ZendObjectHandlers;
import jzend.zend.execute.ZendVm;

import static jzend.zend.execute.ZendParseParameters.optionalBool;

/**
 * ext/standard/var.c: var_dump, the memory functions of a PHP script, count (array.c) and
 * print_r (Zend/zend.c's zend_print_zval_r); var_export and serialize are in {@link VarFunctions}.
 */
public final class Var {
    private Var() {}

    private static final String OWNER = "jzend/ext/standard/Var";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("memory_get_usage", OWNER, "memory_get_usage", 0, "real_usage"),
        new ZendFunctionEntry("memory_get_peak_usage", OWNER, "memory_get_peak_usage", 0, "real_usage"),
        new ZendFunctionEntry("memory_reset_peak_usage", OWNER, "memory_reset_peak_usage", 0),
        new ZendFunctionEntry("var_dump", OWNER, "var_dump", 1, "value", "...values"),
        new ZendFunctionEntry("print_r", OWNER, "print_r", 1, "value", "return"),
        new ZendFunctionEntry("count", OWNER, "count", 1, "value", "mode"),
        new ZendFunctionEntry("sizeof", OWNER, "count", 1, "value", "mode"),
    };

    /** PHP_FUNCTION(count) (ext/standard/array.c): elements of an array, recursively with COUNT_RECURSIVE. */
    public static void count(long ex, long rv) {
        long zv = jzend.zend.execute.ZendArrayOps.deref(jzend.zend.execute.ZendParseParameters.arg(ex, 1));
        int type = jzend.zend.alloc.NativeMemory.getInt(zv + 8) & 0xff;
        long mode = jzend.zend.execute.ZendExecuteData.numArgs(ex) >= 2 ? jzend.zend.execute.ZendParseParameters.requiredLong(ex, 2) : 0;
        if (type != ZendVm.IS_ARRAY) {
            throw jzend.zend.execute.ZendError.create("TypeError", "count(): Argument #1 ($value) must be of type Countable|array, "
                    + jzend.zend.execute.ZendParseParameters.zend_zval_type_name(zv) + " given");
        }
        if (mode != 0 && mode != 1) {
            throw jzend.zend.execute.ZendParseParameters.valueError(ex, 2, "must be either COUNT_NORMAL or COUNT_RECURSIVE");
        }
        long ht = jzend.zend.alloc.NativeMemory.getLong(zv);
        ZendVm.setLong(rv, mode == 1 ? countRecursive(ht) : jzend.zend.hash.ZendArrays.zend_array_count(ht));
    }

    /** php_count_recursive. */
    private static long countRecursive(long ht) {
        long n = jzend.zend.hash.ZendArrays.zend_array_count(ht);
        for (int pos = jzend.zend.hash.ZendHash.zend_hash_first_pos(ht); pos < jzend.zend.hash.ZendArray.numUsed(ht);
             pos = jzend.zend.hash.ZendHash.zend_hash_next_pos(ht, pos)) {
            long v = jzend.zend.hash.ZendHash.zend_hash_data_at(ht, pos);
            if ((jzend.zend.alloc.NativeMemory.getInt(v + 8) & 0xff) == ZendVm.IS_ARRAY) n += countRecursive(jzend.zend.alloc.NativeMemory.getLong(v));
        }
        return n;
    }

    /** PHP_FUNCTION(print_r): print_r's layout ("Array\n(\n    [k] => v\n)\n"), or the text with $return = true. */
    public static void print_r(long ex, long rv) {
        boolean ret = jzend.zend.execute.ZendParseParameters.optionalBool(ex, 2, false);
        OUT.reset();
        printR(OUT, jzend.zend.execute.ZendParseParameters.arg(ex, 1), 0);
        if (ret) {
            ZendVm.setString(rv, jzend.zend.string.ZendString.init(OUT.array(), 0, OUT.length(), false));
        } else {
            jzend.zend.Zend.zend_write(OUT.array(), 0, OUT.length());
            ZendVm.setBool(rv, true);
        }
    }

    /** Port of zend_print_zval_r_to_buf (Zend/zend.c): arrays and objects as print_hash lays them out, scalars as echo. */
    static void printR(jzend.zend.ops.ByteBuf out, long zv, int indent) {
        zv = jzend.zend.execute.ZendArrayOps.deref(zv);
        int type = jzend.zend.alloc.NativeMemory.getInt(zv + 8) & 0xff;
        if (type == ZendVm.IS_ARRAY) {
            long ht = jzend.zend.alloc.NativeMemory.getLong(zv);
            out.appendAscii("Array\n");
            if (!VarFunctions.protectRecursion(ht)) {
                out.appendAscii(" *RECURSION*");
                return;
            }
            printHash(out, ht, indent, false);
            VarFunctions.unprotectRecursion(ht);
            return;
        }
        if (type == jzend.zend.execute.ZendExceptions.IS_OBJECT) {
            long obj = jzend.zend.alloc.NativeMemory.getLong(zv);
            out.appendAscii(ZendObjectHandlers.ce(obj).name).appendAscii(" Object\n");
            if (ZendObjectHandlers.isRecursive(obj)) {
                out.appendAscii(" *RECURSION*");
                return;
            }
            long properties = ZendObjectHandlers.getPropertiesFor(obj, ZendObjectHandlers.PROP_PURPOSE_DEBUG);
            ZendObjectHandlers.protectRecursion(obj);
            try {
                printHash(out, properties, indent, true);
            } finally {
                ZendObjectHandlers.unprotectRecursion(obj);
                ZendObjectHandlers.releaseProperties(properties);
            }
            return;
        }
        appendString(out, zv);
    }

    /** Port of print_hash: "(\n", each "[key] => value" (an object's keys unmangled, ":protected" / ":Class:private"), ")\n". */
    private static void printHash(jzend.zend.ops.ByteBuf out, long ht, int indent, boolean isObject) {
        out.appendRepeat((byte) ' ', indent);
        out.appendAscii("(\n");
        indent += 4;
        for (int pos = jzend.zend.hash.ZendHash.zend_hash_first_pos(ht); pos < jzend.zend.hash.ZendArray.numUsed(ht);
             pos = jzend.zend.hash.ZendHash.zend_hash_next_pos(ht, pos)) {
            long val = indirect(jzend.zend.hash.ZendHash.zend_hash_data_at(ht, pos));
            if ((jzend.zend.alloc.NativeMemory.getInt(val + 8) & 0xff) == ZendVm.IS_UNDEF) continue;
            out.appendRepeat((byte) ' ', indent);
            out.append('[');
            if (jzend.zend.hash.ZendHash.zend_hash_key_type_at(ht, pos) == jzend.zend.hash.ZendHash.HASH_KEY_IS_LONG) {
                out.append(jzend.zend.hash.ZendHash.zend_hash_int_key_at(ht, pos));
            } else {
                long key = jzend.zend.hash.ZendHash.zend_hash_str_key_at(ht, pos);
                if (isObject) {
                    out.append(ZendObjectHandlers.unmangledName(key));
                    String cls = ZendObjectHandlers.unmangledClass(key);
                    if (cls != null) {
                        if (cls.equals("*")) out.appendAscii(":protected");
                        else out.append(':').appendAscii(cls).appendAscii(":private");
                    }
                } else {
                    byte[] k = jzend.zend.string.ZendString.bytes(key);
                    out.append(k, 0, k.length);
                }
            }
            out.appendAscii("] => ");
            printR(out, val, indent + 4);
            out.append('\n');
        }
        indent -= 4;
        out.appendRepeat((byte) ' ', indent);
        out.appendAscii(")\n");
    }

    /** An IS_INDIRECT element (a property table's slot) followed to the slot. */
    private static long indirect(long zv) {
        return (jzend.zend.alloc.NativeMemory.getInt(zv + 8) & 0xff) == 12 ? jzend.zend.alloc.NativeMemory.getLong(zv) : zv;
    }

    /** zend_print_zval's text of a scalar (echo's conversion). */
    private static void appendString(jzend.zend.ops.ByteBuf out, long zv) {
        int type = jzend.zend.alloc.NativeMemory.getInt(zv + 8) & 0xff;
        switch (type) {
            case ZendVm.IS_STRING -> {
                byte[] b = jzend.zend.string.ZendString.bytes(jzend.zend.alloc.NativeMemory.getLong(zv));
                out.append(b, 0, b.length);
            }
            case ZendVm.IS_LONG -> out.append(jzend.zend.alloc.NativeMemory.getLong(zv));
            case ZendVm.IS_DOUBLE -> jzend.zend.ops.DoubleFormat.appendForEcho(out, jzend.zend.alloc.NativeMemory.getDouble(zv));
            case ZendVm.IS_TRUE -> out.append('1');
            default -> { }
        }
    }

    /** Output buffer for var_dump (one executor thread). */
    private static final jzend.zend.ops.ByteBuf OUT = new jzend.zend.ops.ByteBuf();

    /** PHP_FUNCTION(var_dump): php_var_dump of every argument. */
    public static void var_dump(long ex, long rv) {
        int n = jzend.zend.execute.ZendExecuteData.numArgs(ex);
        for (int i = 1; i <= n; i++) {
            OUT.reset();
            php_var_dump(OUT, jzend.zend.execute.ZendParseParameters.arg(ex, i), 1);
            jzend.zend.Zend.zend_write(OUT.array(), 0, OUT.length());
        }
        ZendVm.setNull(rv);
    }

    /**
     * Port of php_var_dump: "int(5)", "float(1.5)", "string(3) \"abc\"", "bool(true)", "NULL",
     * arrays and objects ("object(Class)#handle (count) {", each property as
     * php_object_property_dump names it), "&" before a reference others share too, "*RECURSION*"
     * for an array or object met again inside itself.
     */
    static void php_var_dump(jzend.zend.ops.ByteBuf out, long zv, int level) {
        zv = jzend.zend.execute.ZendArrayOps.slot(zv);
        // COMMON: an element that is a reference shared with something else prints as "&"
        boolean isRef = jzend.zend.execute.ZendReference.isRef(zv)
                && jzend.zend.alloc.NativeMemory.getInt(jzend.zend.alloc.NativeMemory.getLong(zv)) > 1;
        zv = jzend.zend.execute.ZendReference.deref(zv);
        int type = jzend.zend.alloc.NativeMemory.getInt(zv + 8) & 0xff;
        if (level > 1) out.appendRepeat((byte) ' ', level - 1);
        switch (type) {
            case ZendVm.IS_ARRAY -> {
                long ht = jzend.zend.alloc.NativeMemory.getLong(zv);
                if (!VarFunctions.protectRecursion(ht)) {
                    out.appendAscii("*RECURSION*\n");
                    return;
                }
                if (isRef) out.append('&');
                out.appendAscii("array(");
                out.append(jzend.zend.hash.ZendArrays.zend_array_count(ht));
                out.appendAscii(") {\n");
                for (int pos = jzend.zend.hash.ZendHash.zend_hash_first_pos(ht); pos < jzend.zend.hash.ZendArray.numUsed(ht);
                     pos = jzend.zend.hash.ZendHash.zend_hash_next_pos(ht, pos)) {
                    out.appendRepeat((byte) ' ', level + 1);
                    if (jzend.zend.hash.ZendHash.zend_hash_key_type_at(ht, pos) == jzend.zend.hash.ZendHash.HASH_KEY_IS_LONG) {
                        out.append('[');
                        out.append(jzend.zend.hash.ZendHash.zend_hash_int_key_at(ht, pos));
                        out.appendAscii("]=>\n");
                    } else {
                        byte[] k = jzend.zend.string.ZendString.bytes(jzend.zend.hash.ZendHash.zend_hash_str_key_at(ht, pos));
                        out.appendAscii("[\"");
                        out.append(k, 0, k.length);
                        out.appendAscii("\"]=>\n");
                    }
                    php_var_dump(out, jzend.zend.hash.ZendHash.zend_hash_data_at(ht, pos), level + 2);
                }
                VarFunctions.unprotectRecursion(ht);
                if (level > 1) out.appendRepeat((byte) ' ', level - 1);
                out.append('}');
            }
            case jzend.zend.execute.ZendExceptions.IS_OBJECT -> {
                long obj = jzend.zend.alloc.NativeMemory.getLong(zv);
                if (ZendObjectHandlers.isRecursive(obj)) {
                    out.appendAscii("*RECURSION*\n");
                    return;
                }
                ZendObjectHandlers.protectRecursion(obj);
                long myht = ZendObjectHandlers.getPropertiesFor(obj, ZendObjectHandlers.PROP_PURPOSE_DEBUG);
                try {
                    if (isRef) out.append('&');
                    out.appendAscii("object(").appendAscii(ZendObjectHandlers.ce(obj).name).appendAscii(")#")
                            .append(ZendObjectHandlers.handle(obj)).appendAscii(" (")
                            .append(jzend.zend.hash.ZendArrays.zend_array_count(myht)).appendAscii(") {\n");
                    for (int pos = jzend.zend.hash.ZendHash.zend_hash_first_pos(myht); pos < jzend.zend.hash.ZendArray.numUsed(myht);
                         pos = jzend.zend.hash.ZendHash.zend_hash_next_pos(myht, pos)) {
                        long val = indirect(jzend.zend.hash.ZendHash.zend_hash_data_at(myht, pos));
                        if ((jzend.zend.alloc.NativeMemory.getInt(val + 8) & 0xff) == ZendVm.IS_UNDEF) continue;
                        php_object_property_dump(out, myht, pos, val, level);
                    }
                } finally {
                    ZendObjectHandlers.releaseProperties(myht);
                }
                if (level > 1) out.appendRepeat((byte) ' ', level - 1);
                out.append('}');
                ZendObjectHandlers.unprotectRecursion(obj);
            }
            case ZendVm.IS_NULL, ZendVm.IS_UNDEF -> {
                if (isRef) out.append('&');
                out.appendAscii("NULL");
            }
            case ZendVm.IS_FALSE -> {
                if (isRef) out.append('&');
                out.appendAscii("bool(false)");
            }
            case ZendVm.IS_TRUE -> {
                if (isRef) out.append('&');
                out.appendAscii("bool(true)");
            }
            case ZendVm.IS_LONG -> {
                if (isRef) out.append('&');
                out.appendAscii("int(");
                out.append(jzend.zend.alloc.NativeMemory.getLong(zv));
                out.append(')');
            }
            case ZendVm.IS_DOUBLE -> {
                if (isRef) out.append('&');
                out.appendAscii("float(");
                jzend.zend.ops.DoubleFormat.appendH(out, jzend.zend.alloc.NativeMemory.getDouble(zv), (int) jzend.main.PhpGlobals.serialize_precision);
                out.append(')');
            }
            case ZendVm.IS_STRING -> {
                if (isRef) out.append('&');
                long s = jzend.zend.alloc.NativeMemory.getLong(zv);
                byte[] b = jzend.zend.string.ZendString.bytes(s);
                out.appendAscii("string(");
                out.append(b.length);
                out.appendAscii(") \"");
                out.append(b, 0, b.length);
                out.append('"');
            }
            default -> throw new IllegalStateException("var_dump of type " + type); // jzend has no other types
        }
        out.append('\n');
    }

    /**
     * Port of php_object_property_dump: {@code ["name"]=>}, {@code ["name":protected]=>} or
     * {@code ["name":"Class":private]=>}, then the value one level deeper.
     */
    private static void php_object_property_dump(jzend.zend.ops.ByteBuf out, long ht, int pos, long zv, int level) {
        out.appendRepeat((byte) ' ', level + 1);
        if (jzend.zend.hash.ZendHash.zend_hash_key_type_at(ht, pos) == jzend.zend.hash.ZendHash.HASH_KEY_IS_LONG) {
            out.append('[').append(jzend.zend.hash.ZendHash.zend_hash_int_key_at(ht, pos)).appendAscii("]=>\n");
        } else {
            long key = jzend.zend.hash.ZendHash.zend_hash_str_key_at(ht, pos);
            String cls = ZendObjectHandlers.unmangledClass(key);
            out.append('[');
            if (cls != null) {
                out.append('"').append(ZendObjectHandlers.unmangledName(key)).append('"');
                if (cls.equals("*")) out.appendAscii(":protected");
                else out.appendAscii(":\"").appendAscii(cls).appendAscii("\":private");
            } else {
                out.append('"').append(jzend.zend.string.ZendString.bytes(key)).append('"');
            }
            out.appendAscii("]=>\n");
        }
        php_var_dump(out, zv, level + 2);
    }

    /** PHP_FUNCTION(memory_get_usage): heap size, or with true the memory taken from the system. */
    public static void memory_get_usage(long ex, long rv) {
        boolean real = optionalBool(ex, 1, false);
        ZendVm.setLong(rv, ZendAlloc.zend_memory_usage(real));
    }

    /** PHP_FUNCTION(memory_get_peak_usage). */
    public static void memory_get_peak_usage(long ex, long rv) {
        boolean real = optionalBool(ex, 1, false);
        ZendVm.setLong(rv, ZendAlloc.zend_memory_peak_usage(real));
    }

    /** PHP_FUNCTION(memory_reset_peak_usage) (new in 8.2). */
    public static void memory_reset_peak_usage(long ex, long rv) {
        ZendAlloc.zend_memory_reset_peak_usage();
        ZendVm.setNull(rv);
    }
}
