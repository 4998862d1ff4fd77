package jzend.zend.compile;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.execute.ZendExecuteData;

import java.util.ArrayList;
import java.util.List;

/**
 * The live ranges of an op_array's temporaries (zend_opcode.c): for each TMP/VAR whose value
 * outlives the opline that makes it, the oplines [start, end) during which it holds a value that
 * nothing else will free if an exception leaves them — a half-built concatenation, an array
 * literal, a foreach's iterator, a switch or match subject, the rope of an interpolated string,
 * the error_reporting that {@code @} saved. ZendExecute.cleanupLiveVars reads them.
 *
 * <p>As php's op_array->live_range: 12-byte {@code zend_live_range} records {var | kind, start,
 * end} in ZendMM, sorted by start, where var is the frame offset (EX_VAR) of the temporary.
 */
public final class ZendLiveRanges {
    private ZendLiveRanges() {}

    /** The kinds, in the low bits of zend_live_range.var (ZEND_LIVE_NEW is not needed: no constructors run user code). */
    public static final int ZEND_LIVE_TMPVAR = 0, ZEND_LIVE_LOOP = 1, ZEND_LIVE_SILENCE = 2, ZEND_LIVE_ROPE = 3,
            ZEND_LIVE_MASK = 7;
    /** sizeof(zend_live_range). */
    public static final int SIZE = 12;

    public static int var(long range) { return NativeMemory.getInt(range); }
    public static int start(long range) { return NativeMemory.getInt(range + 4); }
    public static int end(long range) { return NativeMemory.getInt(range + 8); }

    private static boolean isTmp(byte type) {
        return type == ZendOp.IS_TMP_VAR || type == ZendOp.IS_VAR;
    }

    /** EX_VAR_TO_NUM minus last_var: the temporary's number. */
    private static int tmpNum(int offset, int lastVar) {
        return (offset - ZendExecuteData.SIZE) / 16 - lastVar;
    }

    /**
     * Port of zend_calc_live_ranges (pass_two): walking the oplines backwards, a use of a
     * temporary opens its range and its definition closes it; the ranges are then sorted by start.
     * {@code op.liveRange} gets the block (grown by erealloc one range at a time, as
     * emit_live_range_raw does) and {@code op.lastLiveRange} the count.
     */
    public static void calc(ZendOpArray op) {
        ZendOp[] ops = op.opcodes;
        int lastVar = op.lastVar();
        int[] lastUse = new int[op.T];
        java.util.Arrays.fill(lastUse, -1);
        List<int[]> ranges = new ArrayList<>();
        Emitter out = new Emitter(op, ranges);
        for (int opnum = ops.length - 1; opnum >= 0; opnum--) {
            ZendOp o = ops[opnum];
            if (isTmp(o.resultType) && !isFakeDef(o)) {
                int v = tmpNum(o.result, lastVar);
                // a definition without use: an unused result, or one of several definitions (the last one opens the range)
                if (lastUse[v] != -1) {
                    if (opnum + 1 != lastUse[v]) emitLiveRange(out, ops, v, opnum, lastUse[v]); // trivial ranges are skipped
                    lastUse[v] = -1;
                }
            }
            if (isTmp(o.op1Type)) {
                int v = tmpNum(o.op1, lastVar);
                if (lastUse[v] == -1 && !keepsOp1Alive(o)) {
                    // OP_DATA is really part of the previous opcode
                    lastUse[v] = opnum - (o.opcode == ZendOpcode.OP_DATA ? 1 : 0);
                }
            }
            if (isTmp(o.op2Type)) {
                int v = tmpNum(o.op2, lastVar);
                if (o.opcode == ZendOpcode.FE_FETCH_R || o.opcode == ZendOpcode.FE_FETCH_RW) {
                    // op2 of FE_FETCH is a definition, not a use
                    if (lastUse[v] != -1) {
                        if (opnum + 1 != lastUse[v]) emitLiveRange(out, ops, v, opnum, lastUse[v]);
                        lastUse[v] = -1;
                    }
                } else if (lastUse[v] == -1) {
                    lastUse[v] = opnum;
                }
            }
        }
        // emitted from the last opline back: in most cases reversing sorts them
        java.util.Collections.reverse(ranges);
        splitAtExits(ops, ranges);
        ranges.sort(java.util.Comparator.comparingInt(r -> r[1]));
        long block = out.block;
        if (ranges.size() != out.count) {
            block = ZendAlloc.erealloc(block, (long) SIZE * ranges.size());
        }
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            NativeMemory.putInt(block + (long) SIZE * i, r[0]);
            NativeMemory.putInt(block + (long) SIZE * i + 4, r[1]);
            NativeMemory.putInt(block + (long) SIZE * i + 8, r[2]);
        }
        op.liveRange = block;
        op.lastLiveRange = ranges.size();
    }

    /** Port of emit_live_range_raw: op_array->live_range grows by one record. */
    private static final class Emitter {
        final ZendOpArray op;
        final List<int[]> ranges;
        long block;
        int count;

        Emitter(ZendOpArray op, List<int[]> ranges) {
            this.op = op;
            this.ranges = ranges;
        }

        void raw(int tmp, int kind, int start, int end) {
            count++;
            block = ZendAlloc.erealloc(block, (long) SIZE * count);
            ranges.add(new int[]{ZendExecuteData.varOffset(op.lastVar() + tmp) | kind, start, end});
        }
    }

    /** Port of emit_live_range: the kind follows from the defining opline. */
    private static void emitLiveRange(Emitter out, ZendOp[] ops, int tmp, int start, int end) {
        int kind;
        switch (ops[start].opcode) {
            // a boolean needs no destruction
            case ZendOpcode.JMPZ_EX, ZendOpcode.JMPNZ_EX, ZendOpcode.BOOL, ZendOpcode.BOOL_NOT -> {
                return;
            }
            case ZendOpcode.BEGIN_SILENCE -> {
                kind = ZEND_LIVE_SILENCE;
                start++;
            }
            // a rope's range includes the opline that starts it
            case ZendOpcode.ROPE_INIT -> kind = ZEND_LIVE_ROPE;
            case ZendOpcode.FE_RESET_R, ZendOpcode.FE_RESET_RW -> {
                kind = ZEND_LIVE_LOOP;
                start++;
            }
            default -> {
                start++;
                kind = ZEND_LIVE_TMPVAR;
            }
        }
        out.raw(tmp, kind, start, end);
    }

    /** Port of is_fake_def: these opcodes only modify their result, they do not create it. */
    private static boolean isFakeDef(ZendOp o) {
        return o.opcode == ZendOpcode.ROPE_ADD || o.opcode == ZendOpcode.ADD_ARRAY_ELEMENT || o.opcode == ZendOpcode.ADD_ARRAY_UNPACK;
    }

    /** Port of keeps_op1_alive: these opcodes do not consume op1; something later frees it. */
    private static boolean keepsOp1Alive(ZendOp o) {
        return switch (o.opcode) {
            case ZendOpcode.CASE, ZendOpcode.CASE_STRICT, ZendOpcode.SWITCH_LONG, ZendOpcode.SWITCH_STRING, ZendOpcode.MATCH,
                 ZendOpcode.FETCH_LIST_R, ZendOpcode.FETCH_LIST_W -> true;
            default -> false;
        };
    }

    /**
     * jzend's addition: a FREE or FE_FREE on the way out of a loop or switch — followed, past
     * other such frees, by the RETURN, RETURN_BY_REF or JMP of a return, break or continue —
     * ends its temporary's range there, which resumes after that exit. In php nothing between
     * such a free and the exit can hand an exception to the frame (RETURN_BY_REF's notice is seen
     * by the caller); here the notice of RETURN_BY_REF throws in the frame, and must not find the
     * iterator it has just freed still live.
     */
    private static void splitAtExits(ZendOp[] ops, List<int[]> ranges) {
        for (int p = 0; p < ops.length; p++) {
            ZendOp o = ops[p];
            if ((o.opcode != ZendOpcode.FREE && o.opcode != ZendOpcode.FE_FREE) || !isTmp(o.op1Type)) continue;
            int q = p + 1;
            while (q < ops.length && isExitCleanup(ops[q].opcode)) q++;
            if (q >= ops.length || !isExit(ops[q].opcode)) continue;
            for (int i = 0; i < ranges.size(); i++) {
                int[] r = ranges.get(i);
                if ((r[0] & ~ZEND_LIVE_MASK) != o.op1 || r[1] > p || r[2] <= p) continue;
                int end = r[2];
                r[2] = p + 1;
                if (q + 1 < end) ranges.add(new int[]{r[0], q + 1, end});
                break;
            }
        }
    }

    private static boolean isExitCleanup(int opcode) {
        return opcode == ZendOpcode.FREE || opcode == ZendOpcode.FE_FREE || opcode == ZendOpcode.DISCARD_EXCEPTION;
    }

    private static boolean isExit(int opcode) {
        return opcode == ZendOpcode.RETURN || opcode == ZendOpcode.RETURN_BY_REF || opcode == ZendOpcode.JMP;
    }

    /** opcache's listing of the live ranges ("LIVE RANGES:", then "T2: 0003 - 0007 (tmp/var)"). */
    public static String dump(ZendOpArray op) {
        if (op.lastLiveRange == 0) return "";
        StringBuilder sb = new StringBuilder("LIVE RANGES:\n");
        for (int i = 0; i < op.lastLiveRange; i++) {
            long r = op.liveRange + (long) SIZE * i;
            int var = var(r);
            String kind = switch (var & ZEND_LIVE_MASK) {
                case ZEND_LIVE_LOOP -> "loop";
                case ZEND_LIVE_SILENCE -> "silence";
                case ZEND_LIVE_ROPE -> "rope";
                default -> "tmp/var";
            };
            sb.append(String.format("     T@%d: %04d - %04d (%s)%n", var & ~ZEND_LIVE_MASK, start(r), end(r), kind));
        }
        return sb.toString();
    }
}
