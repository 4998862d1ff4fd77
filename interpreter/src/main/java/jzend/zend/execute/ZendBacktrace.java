package jzend.zend.execute;

import jzend.zend.compile.ZendOpArray;

import jzend.zend.hash.ZendHash;
import jzend.zend.ops.ByteBuf;
import jzend.zend.string.ZendInternedStrings;

import java.nio.charset.StandardCharsets;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;

/**
 * Where execution is, read off the frame chain (zend_get_executed_filename/lineno,
 * zend_builtin_functions.c's zend_fetch_debug_backtrace), and the text of a trace
 * (zend_exceptions.c's _build_trace_string).
 */
public final class ZendBacktrace {
    private ZendBacktrace() {}

    /** The nearest frame running user code (internal functions have no file or line of their own). */
    private static long userFrame(long ex) {
        while (ex != 0 && ZendExecuteData.func(ex) < 0) ex = ZendExecuteData.prev(ex);
        return ex;
    }

    /** Port of zend_get_executed_filename ("Unknown" outside execution). */
    public static String file(long ex) {
        ex = userFrame(ex);
        if (ex == 0) return "Unknown";
        return new String(ZendFunctions.opArray(ZendExecuteData.func(ex)).filename, StandardCharsets.ISO_8859_1);
    }

    /** Port of zend_get_executed_lineno: the line of the frame's current opline (0 outside execution). */
    public static int line(long ex) {
        ex = userFrame(ex);
        if (ex == 0) return 0;
        ZendOpArray op = ZendFunctions.opArray(ZendExecuteData.func(ex));
        int opline = ZendExecuteData.opline(ex);
        return opline >= 0 && opline < op.opcodes.length ? op.opcodes[opline].lineno : op.lineStart;
    }

    /** The function's name as traces show it. */
    public static String functionName(long ex) {
        int func = ZendExecuteData.func(ex);
        if (func < 0) return jzend.zend.ZendInternalFunctions.entry(func).name();
        return new String(ZendFunctions.opArray(func).functionName, StandardCharsets.ISO_8859_1);
    }

    private static final byte[] FILE = bytes("file"), LINE = bytes("line"), FUNCTION = bytes("function"),
            CLASS = bytes("class"), TYPE = bytes("type"), OBJECT_OPERATOR = bytes("->"), ARGS = bytes("args");

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Scratch zval (one executor thread). */
    private static final long TMP = jzend.zend.alloc.LibC.malloc(16);

    /** _zend_hash_append_ex of a known key. */
    private static void append(long ht, byte[] key, long zv) {
        ZendHash.zend_hash_add_new(ht, ZendInternedStrings.known(key), zv);
    }

    /**
     * Port of zend_fetch_debug_backtrace (no frames skipped, no limit, no objects): one array per
     * frame from {@code ex} outwards, the script's own frame ({main}) excluded. A frame called
     * from user code gets that code's file and the line of the call; then "function", "class" and
     * "type" for a method, and "args" (debug_backtrace_get_args) unless {@code ignoreArgs}.
     */
    static long fetchDebugBacktrace(long ex, boolean ignoreArgs) {
        long result = ZendHash.zend_new_array(0); // array_init
        for (long call = ex; call != 0; ) {
            long prev = ZendExecuteData.prev(call);
            if (prev == 0) break;
            long frame = ZendHash.zend_new_array(8);
            ZendHash.zend_hash_real_init_mixed(frame);
            int prevFunc = ZendExecuteData.func(prev);
            if (prevFunc >= 0) {
                ZendVm.setString(TMP, filename(ZendFunctions.opArray(prevFunc))); // interned: ZVAL_STR_COPY adds nothing
                append(frame, FILE, TMP);
                ZendVm.setLong(TMP, line(prev));
                append(frame, LINE, TMP);
            }
            // a caller that is an internal function gives no file and line (jzend has no trampolines to look through)
            int func = ZendExecuteData.func(call);
            String className = null;
            long name;
            if (func < 0) {
                String n = jzend.zend.ZendInternalFunctions.entry(func).name();
                int sep = n.indexOf("::");
                if (sep >= 0) {
                    className = n.substring(0, sep);
                    n = n.substring(sep + 2);
                }
                name = ZendInternedStrings.permanent(bytes(n)); // interned at start-up (internNames)
            } else {
                ZendOpArray op = ZendFunctions.opArray(func);
                name = op.address != 0 ? getLong(op.address + ZendOpArray.FUNCTION_NAME) : jzend.zend.string.ZendString.init(op.functionName, false);
            }
            ZendVm.setString(TMP, name);
            append(frame, FUNCTION, TMP);
            if (className != null) {
                // a method runs with $this: "class" is the method's scope, "type" "->"
                ZendVm.setString(TMP, ZendInternedStrings.permanent(bytes(className)));
                append(frame, CLASS, TMP);
                ZendVm.setString(TMP, ZendInternedStrings.known(OBJECT_OPERATOR));
                append(frame, TYPE, TMP);
            }
            if (!ignoreArgs) {
                getArgs(call, TMP);
                append(frame, ARGS, TMP);
            }
            jzend.zend.hash.ZendArrays.setArray(TMP, frame);
            // the first frame initialises the result packed, with the exact size as php-cli's zend_hash_next_index_insert_new does
            if (jzend.zend.hash.ZendArray.isUninitialized(result)) ZendHash.zend_hash_real_init_packed_exact(result);
            ZendHash.zend_hash_next_index_insert_new(result, TMP);
            call = prev;
        }
        return result;
    }

    /** op_array->filename, the interned string the compiler made (an op_array built by hand has none: a new string). */
    private static long filename(ZendOpArray op) {
        return op.address != 0 ? getLong(op.address + ZendOpArray.FILENAME) : jzend.zend.string.ZendString.init(op.filename, false);
    }

    /**
     * Port of debug_backtrace_get_args: the frame's arguments as they are now (a parameter the
     * function unset reads as null; references are followed), a user function's extra arguments
     * after its parameters, then the extra named ones under their names; the empty array when
     * there are none.
     */
    private static void getArgs(long call, long argArray) {
        int n = ZendExecuteData.numArgs(call);
        if (n == 0) {
            jzend.zend.hash.ZendArrays.setEmptyArray(argArray);
        } else {
            long ht = ZendHash.zend_new_array(n); // array_init_size
            ZendHash.zend_hash_real_init_packed_exact(ht);
            long tmp = jzend.zend.alloc.LibC.malloc(16);
            try {
                for (int i = 0; i < n; i++) {
                    long p = ZendExecuteData.argAddress(call, i);
                    if ((getInt(p + ZendVm.TYPE) & 0xff) == ZendVm.IS_UNDEF) ZendVm.setNull(tmp);
                    else ZendVm.copyValue(tmp, ZendReference.deref(p));
                    ZendHash.zend_hash_next_index_insert_new(ht, tmp);
                }
            } finally {
                jzend.zend.alloc.LibC.free(tmp);
            }
            jzend.zend.hash.ZendArrays.setArray(argArray, ht);
        }
        long extra = ZendCallable.extraNamedParams(call);
        if (extra != 0) {
            long ht = jzend.zend.hash.ZendArrays.separateZval(argArray);
            long tmp = jzend.zend.alloc.LibC.malloc(16);
            try {
                for (int p = ZendHash.zend_hash_first_pos(extra); p < jzend.zend.hash.ZendArray.numUsed(extra);
                     p = ZendHash.zend_hash_next_pos(extra, p)) {
                    ZendVm.copyValue(tmp, ZendReference.deref(ZendHash.zend_hash_data_at(extra, p)));
                    ZendHash.zend_hash_add_new(ht, ZendHash.zend_hash_str_key_at(extra, p), tmp);
                }
            } finally {
                jzend.zend.alloc.LibC.free(tmp);
            }
        }
    }

    /**
     * Port of _build_trace_string: "#N file(line): class->function(args)\n" of one frame, with
     * "[internal function]: " for a frame without a file and "name: " before named arguments.
     */
    static void buildTraceString(ByteBuf str, long ht, int num) {
        str.append('#').append((long) num).append(' ');
        long file = ZendHash.zend_hash_find(ht, ZendInternedStrings.known(FILE));
        if (file != 0) {
            if ((getInt(file + ZendVm.TYPE) & 0xff) != ZendVm.IS_STRING) {
                jzend.zend.Zend.zend_error(jzend.zend.ZendErrors.E_WARNING, "File name is not a string");
                str.appendAscii("[unknown file]: ");
            } else {
                long line = 0;
                long tmp = ZendHash.zend_hash_find(ht, ZendInternedStrings.known(LINE));
                if (tmp != 0) {
                    if ((getInt(tmp + ZendVm.TYPE) & 0xff) == ZendVm.IS_LONG) line = getLong(tmp);
                    else jzend.zend.Zend.zend_error(jzend.zend.ZendErrors.E_WARNING, "Line is not an int");
                }
                str.append(jzend.zend.string.ZendString.bytes(getLong(file))).append('(').append(line).appendAscii("): ");
            }
        } else {
            str.appendAscii("[internal function]: ");
        }
        appendKey(str, ht, CLASS);
        appendKey(str, ht, TYPE);
        appendKey(str, ht, FUNCTION);
        str.append('(');
        long args = ZendHash.zend_hash_find(ht, ZendInternedStrings.known(ARGS));
        if (args != 0) {
            if ((getInt(args + ZendVm.TYPE) & 0xff) == ZendVm.IS_ARRAY) {
                int lastLen = str.length();
                long a = getLong(args);
                for (int p = ZendHash.zend_hash_first_pos(a); p < jzend.zend.hash.ZendArray.numUsed(a); p = ZendHash.zend_hash_next_pos(a, p)) {
                    long name = ZendHash.zend_hash_str_key_at(a, p);
                    if (name != 0) str.append(jzend.zend.string.ZendString.bytes(name)).appendAscii(": ");
                    buildTraceArgs(ZendHash.zend_hash_data_at(a, p), str);
                }
                if (lastLen != str.length()) str.setLength(str.length() - 2); // the last ", "
            } else {
                jzend.zend.Zend.zend_error(jzend.zend.ZendErrors.E_WARNING, "args element is no array");
            }
        }
        str.appendAscii(")\n");
    }

    /** TRACE_APPEND_KEY: a string element of the frame, as it is (a non-string one: "[unknown]"). */
    private static void appendKey(ByteBuf str, long ht, byte[] key) {
        long tmp = ZendHash.zend_hash_find(ht, ZendInternedStrings.known(key));
        if (tmp == 0) return;
        if ((getInt(tmp + ZendVm.TYPE) & 0xff) != ZendVm.IS_STRING) {
            jzend.zend.Zend.zend_error(jzend.zend.ZendErrors.E_WARNING, "Value for " + new String(key, StandardCharsets.ISO_8859_1)
                    + " is not a string");
            str.appendAscii("[unknown]");
        } else {
            str.append(jzend.zend.string.ZendString.bytes(getLong(tmp)));
        }
    }

    /**
     * smart_str_append_escaped_truncated between quotes: a string argument as traces and error
     * messages show it, cut at exception_string_param_max_len (15) bytes with "...".
     */
    static void appendQuoted(StringBuilder sb, long str) {
        long len = jzend.zend.string.ZendString.len(str), val = jzend.zend.string.ZendString.val(str);
        sb.append('\'');
        for (long i = 0; i < Math.min(len, 15); i++) {
            int c = jzend.zend.alloc.NativeMemory.getByte(val + i) & 0xff;
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\f' -> sb.append("\\f");
                case 0x0b -> sb.append("\\v");
                case '\\' -> sb.append("\\\\");
                case 0x1b -> sb.append("\\e");
                default -> {
                    if (c < 32 || c > 126) sb.append(String.format("\\x%02X", c));
                    else sb.append((char) c);
                }
            }
        }
        if (len > 15) sb.append("...");
        sb.append('\'');
    }

    /**
     * Port of _build_trace_args: an argument followed by ", " — scalars as smart_str_append_scalar
     * writes them (strings quoted and cut at 15 bytes), "Array", "Object(Class)".
     */
    private static void buildTraceArgs(long zv, ByteBuf str) {
        zv = ZendReference.deref(zv);
        int t = getInt(zv + ZendVm.TYPE) & 0xff;
        switch (t) {
            case ZendVm.IS_NULL, ZendVm.IS_UNDEF -> str.appendAscii("NULL");
            case ZendVm.IS_FALSE -> str.appendAscii("false");
            case ZendVm.IS_TRUE -> str.appendAscii("true");
            case ZendVm.IS_LONG -> str.append(getLong(zv));
            case ZendVm.IS_DOUBLE -> jzend.zend.ops.DoubleFormat.appendDouble(str, jzend.zend.alloc.NativeMemory.getDouble(zv),
                    jzend.zend.ExecutorGlobals.precision, true);
            case ZendVm.IS_STRING -> {
                StringBuilder sb = new StringBuilder();
                appendQuoted(sb, getLong(zv));
                str.appendAscii(sb);
            }
            case ZendVm.IS_ARRAY -> str.appendAscii("Array");
            case ZendExceptions.IS_OBJECT -> str.appendAscii("Object(").appendAscii(ZendExceptions.classOf(getLong(zv)).name).append(')');
            default -> { }
        }
        str.appendAscii(", ");
    }
}
