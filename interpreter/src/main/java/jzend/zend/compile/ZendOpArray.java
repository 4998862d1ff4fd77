package jzend.zend.compile;

import jzend.zend.execute.ZendExecuteData;

/**
 * A compiled function or script body (struct _zend_op_array): its instructions, compiled
 * variables, number of temporaries, literals and argument information.
 *
 * <p>Literals are zvals in native memory (address {@link #literals}, 16 bytes each), as PHP keeps
 * them in op_array->literals; the code generator embeds their addresses as constants.
 */
public final class ZendOpArray {
    /** The function's name ("{main}" style names are for scripts), as bytes of its declaration. */
    public final byte[] functionName;
    public final byte[] filename;
    public ZendOp[] opcodes = new ZendOp[0];
    /** Names of the compiled variables (without '$'), in CV order. */
    public byte[][] vars = new byte[0][];
    /** op_array->T: number of TMP/VAR slots after the CVs. */
    public int T;
    public int numArgs;
    public int requiredNumArgs;
    /**
     * The native zend_op_array (php 8.2's layout, {@link #SIZE} bytes): in CG(arena) for a
     * function or closure, from emalloc for a script's top level ({@link #headerOwned}). The
     * executor runs the Java form; the native one is what php would have in the heap.
     */
    public long address;
    public boolean headerOwned;
    /** op_array->opcodes: the zend_op array (32 bytes each), the literals after it (ZEND_USE_ABS_CONST_ADDR=0). */
    public long opcodesBlock;
    /** op_array->vars: the compiled variables' interned names (zend_string*), 16 more at a time. */
    public long varsBlock;

    /** sizeof(zend_op_array) and sizeof(zend_op) in php 8.2 (64-bit). */
    public static final int SIZE = 240, ZEND_OP_SIZE = 32;
    /** Field offsets of zend_op_array. */
    public static final int TYPE = 0, FN_FLAGS = 4, FUNCTION_NAME = 8, NUM_ARGS = 32, REQUIRED_NUM_ARGS = 36, T_ = 64,
            LAST_VAR = 72, LAST = 76, OPCODES = 80, VARS = 104, LAST_LIVE_RANGE = 120, LIVE_RANGE = 128, FILENAME = 144,
            LINE_START = 152, LINE_END = 156, LAST_LITERAL = 168, LITERALS = 176;

    /** op_array->live_range: {@link #lastLiveRange} zend_live_range records in ZendMM (0: none), see {@link ZendLiveRanges}. */
    public long liveRange;
    public int lastLiveRange;
    /**
     * For each opline (null when none), the frame offsets of the TMP/VAR operands that the
     * generated code releases after the opline's handler returns — what php's handlers do
     * themselves (FREE_OP1, FREE_OP2) even when they raise an exception. Set by the code
     * generator; ZendExecute.cleanupLiveVars releases them when the handler threw instead.
     */
    public int[][] freedAfterHandler;

    /** Address of the literal zvals, and their count. */
    public long literals;
    public int lastLiteral;
    public int lineStart, lineEnd;
    /** declare(strict_types=1) in the function's file (ZEND_ACC_STRICT_TYPES). */
    public boolean strictTypes;
    /** The declared return type as a ZendType mask, 0 when none is declared. */
    public int returnType;
    /** Parameter names, for argument errors ("Argument #1 ($x)"). */
    public byte[][] paramNames = new byte[0][];
    /** The last parameter is variadic ({@code ...$rest}); numArgs does not count it (ZEND_ACC_VARIADIC). */
    public boolean variadic;

    /** Which parameters are declared by reference ({@code &$x}): their arguments are sent with SEND_REF. */
    public boolean[] paramByRef = new boolean[0];

    /**
     * A try block (zend_try_catch_element, laid out for the JVM): oplines [tryStart, tryEnd) are
     * protected by the handler at {@code handler} (catch dispatch, or the finally when there is no
     * catch); with both catches and finally, [handler, catchEnd) — the catch blocks — are
     * protected by {@code finallyHandler}. {@code slot} numbers the in-flight exception's holder.
     * {@code holes} ({from, to} pairs, ascending) are left out of both ranges: the copies of
     * finally blocks that a return, break or continue inside the statement runs on its way out.
     */
    public record TryCatch(int tryStart, int tryEnd, int handler, int catchEnd, int finallyHandler, int slot, int[][] holes) {}

    /** A closure's or arrow function's op_array: its static variables (and captured ones) live in each closure object. */
    public boolean closure;
    /** ZEND_ACC_RETURN_REFERENCE: declared {@code function &name()}. */
    public boolean returnsRef;

    /** op_array.static_variables: each {@code static $x = init;} — the name and its initial value's literal. */
    public java.util.List<StaticVar> staticVars = new java.util.ArrayList<>();
    public record StaticVar(byte[] name, int literal) {}
    /** ZEND_MAP_PTR(static_variables_ptr): the function's static variables at run time (a HashTable, 0 until first used). */
    public long staticsTable;

    /** The try blocks, innermost first (the order their handlers must be searched). */
    public java.util.List<TryCatch> tryCatch = new java.util.ArrayList<>();

    public ZendOpArray(byte[] functionName, byte[] filename) {
        this.functionName = functionName;
        this.filename = filename;
    }

    public int lastVar() {
        return vars.length;
    }

    /** zend_vm_calc_used_stack for a call with no extra arguments: header, CVs and TMPs. */
    public int frameSize() {
        return ZendExecuteData.SIZE + 16 * (vars.length + T);
    }

    /** The address of literal {@code i}. */
    public long literal(int i) {
        return literals + 16L * i;
    }

    /** A listing of the oplines, one per line, as opcache's debug output shows them. */
    public String dump() {
        StringBuilder sb = new StringBuilder();
        sb.append(new String(functionName, java.nio.charset.StandardCharsets.ISO_8859_1))
                .append(": ; (lines=").append(opcodes.length).append(", args=").append(numArgs)
                .append(", vars=").append(vars.length).append(", tmps=").append(T).append(")\n");
        for (int i = 0; i < opcodes.length; i++) sb.append(String.format("%04d ", i)).append(opcodes[i]).append('\n');
        sb.append(ZendLiveRanges.dump(this));
        return sb.toString();
    }
}
