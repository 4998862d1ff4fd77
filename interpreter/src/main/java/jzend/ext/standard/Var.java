package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.execute.ZendVm;

import static jzend.zend.execute.ZendParseParameters.optionalBool;

/**
 * ext/standard/var.c: the memory functions of a PHP script (the rest of var.c — var_dump,
 * print_r, serialize — joins with the string and array layer).
 */
public final class Var {
    private Var() {}

    private static final String OWNER = "jzend/ext/standard/Var";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("memory_get_usage", OWNER, "memory_get_usage", 0, "real_usage"),
        new ZendFunctionEntry("memory_get_peak_usage", OWNER, "memory_get_peak_usage", 0, "real_usage"),
        new ZendFunctionEntry("memory_reset_peak_usage", OWNER, "memory_reset_peak_usage", 0),
        new ZendFunctionEntry("var_dump", OWNER, "var_dump", 1, "value", "...values"),
    };

    /** Output buffer for var_dump (one executor thread). */
    private static final jzend.zend.ops.ByteBuf OUT = new jzend.zend.ops.ByteBuf();

    /** PHP_FUNCTION(var_dump): php_var_dump of every argument. */
    public static void var_dump(long ex, long rv) {
        int n = jzend.zend.execute.ZendExecuteData.numArgs(ex);
        for (int i = 1; i <= n; i++) {
            OUT.reset();
            php_var_dump(OUT, jzend.zend.execute.ZendParseParameters.arg(ex, i));
            jzend.zend.Zend.zend_write(OUT.array(), 0, OUT.length());
        }
        ZendVm.setNull(rv);
    }

    /** Port of php_var_dump for scalars and strings: "int(5)", "float(1.5)", "string(3) \"abc\"", "bool(true)", "NULL". */
    static void php_var_dump(jzend.zend.ops.ByteBuf out, long zv) {
        int type = jzend.zend.alloc.NativeMemory.getInt(zv + 8) & 0xff;
        switch (type) {
            case ZendVm.IS_NULL, ZendVm.IS_UNDEF -> out.appendAscii("NULL");
            case ZendVm.IS_FALSE -> out.appendAscii("bool(false)");
            case ZendVm.IS_TRUE -> out.appendAscii("bool(true)");
            case ZendVm.IS_LONG -> {
                out.appendAscii("int(");
                out.append(jzend.zend.alloc.NativeMemory.getLong(zv));
                out.append(')');
            }
            case ZendVm.IS_DOUBLE -> {
                out.appendAscii("float(");
                jzend.zend.ops.DoubleFormat.appendH(out, jzend.zend.alloc.NativeMemory.getDouble(zv), -1);
                out.append(')');
            }
            case ZendVm.IS_STRING -> {
                long s = jzend.zend.alloc.NativeMemory.getLong(zv);
                byte[] b = jzend.zend.string.ZendString.bytes(s);
                out.appendAscii("string(");
                out.append(b.length);
                out.appendAscii(") \"");
                out.append(b, 0, b.length);
                out.append('"');
            }
            default -> throw new UnsupportedOperationException("var_dump of type " + type + " needs the array layer");
        }
        out.append('\n');
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
