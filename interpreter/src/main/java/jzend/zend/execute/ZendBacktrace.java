package jzend.zend.execute;

import jzend.zend.compile.ZendOpArray;

import java.nio.charset.StandardCharsets;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;

/**
 * Where execution is, read off the frame chain (zend_get_executed_filename/lineno,
 * zend_fetch_debug_backtrace and Exception::getTraceAsString's _build_trace_string).
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

    /** "#0 file(line): f(args)\n…#n {main}" for the frames from {@code ex} up to the script. */
    public static String traceAsString(long ex) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (long frame = ex; frame != 0; frame = ZendExecuteData.prev(frame)) {
            long caller = ZendExecuteData.prev(frame);
            if (caller == 0) break; // the script's own frame is {main}
            sb.append('#').append(i++).append(' ');
            if (ZendExecuteData.func(caller) < 0) sb.append("[internal function]: ");
            else sb.append(file(caller)).append('(').append(line(caller)).append("): ");
            sb.append(functionName(frame)).append('(');
            appendArgs(sb, frame);
            sb.append(")\n");
        }
        sb.append('#').append(i).append(" {main}");
        return sb.toString();
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

    /** _build_trace_args: the arguments as the frame holds them now. */
    private static void appendArgs(StringBuilder sb, long frame) {
        int n = ZendExecuteData.numArgs(frame);
        for (int a = 0; a < n; a++) {
            if (a > 0) sb.append(", ");
            appendArg(sb, ZendExecuteData.argAddress(frame, a));
        }
    }

    private static void appendArg(StringBuilder sb, long zv) {
        zv = ZendReference.deref(zv);
        int t = getInt(zv + ZendVm.TYPE) & 0xff;
        switch (t) {
            case ZendVm.IS_NULL, ZendVm.IS_UNDEF -> sb.append("NULL");
            case ZendVm.IS_FALSE -> sb.append("false");
            case ZendVm.IS_TRUE -> sb.append("true");
            case ZendVm.IS_LONG -> sb.append(getLong(zv));
            case ZendVm.IS_DOUBLE -> {
                jzend.zend.ops.ByteBuf b = new jzend.zend.ops.ByteBuf();
                jzend.zend.ops.DoubleFormat.appendDouble(b, jzend.zend.alloc.NativeMemory.getDouble(zv), jzend.zend.ExecutorGlobals.precision, true);
                sb.append(new String(b.toArray(), StandardCharsets.ISO_8859_1));
            }
            case ZendVm.IS_STRING -> appendQuoted(sb, getLong(zv));
            case ZendVm.IS_ARRAY -> sb.append("Array");
            case ZendExceptions.IS_OBJECT -> sb.append("Object(").append(ZendExceptions.classOf(getLong(zv)).name).append(')');
            default -> sb.append("Object");
        }
    }
}
