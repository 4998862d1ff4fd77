package jzend.zend.execute;

import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.compile.ZendOp;
import jzend.zend.compile.ZendOpArray;
import jzend.zend.compile.ZendOpcode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static jzend.zend.compile.ZendOp.IS_CONST;
import static jzend.zend.compile.ZendOp.IS_CV;
import static jzend.zend.compile.ZendOp.IS_TMP_VAR;
import static jzend.zend.compile.ZendOp.IS_UNUSED;
import static jzend.zend.execute.ZendExecuteData.varOffset;
import jzend.zend.ExecutorGlobals;
import static org.junit.jupiter.api.Assertions.*;

/** The code generator on hand-assembled op_arrays, as zend_compile will produce them. */
class ZendJitTest {
    private long baseline;
    private final List<ZendOpArray> built = new ArrayList<>();

    private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    @BeforeEach
    void start() {
        jzend.zend.Zend.zend_startup(new jzend.zend.ZendUtilityFunctions((type, file, line, msg) -> { }, out::write, k -> null));
        jzend.zend.string.ZendInternedStrings.init();
        ZendVmStack.init();
        ZendObjectsStore.init(1024);
        baseline = AllocGlobals.mm_heap.size();
    }

    @AfterEach
    void stop() {
        for (ZendOpArray op : built) ZendAlloc.efree(op.literals);
        ZendFunctions.clear();
        ZendVmStack.destroy();
        ZendObjectsStore.destroy();
        assertEquals(0, AllocGlobals.mm_heap.size(), "everything freed");
        jzend.zend.Zend.zend_shutdown();
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    private ZendOpArray opArray(String name, long[] literals, int vars, int tmps, ZendOp... ops) {
        ZendOpArray op = new ZendOpArray(name.getBytes(StandardCharsets.ISO_8859_1), "t.php".getBytes(StandardCharsets.ISO_8859_1));
        op.opcodes = ops;
        op.vars = new byte[vars][];
        op.T = tmps;
        op.literals = ZendAlloc.emalloc(16L * Math.max(1, literals.length));
        op.lastLiteral = literals.length;
        for (int i = 0; i < literals.length; i++) {
            NativeMemory.putLong(op.literal(i), literals[i]);
            NativeMemory.putInt(op.literal(i) + 8, ZendVm.IS_LONG);
        }
        built.add(op);
        return op;
    }

    private static ZendOp op(int opcode) {
        return new ZendOp(opcode, 3);
    }

    private static int cv(int n) { return varOffset(n); }

    /** $sum = 0; for ($i = 0; $i < N; $i++) $sum += $i; return $sum (into a global result slot). */
    private ZendOpArray loop(long n) {
        return opArray("loop", new long[]{0, n}, 2, 1,
                op(ZendOpcode.ASSIGN).op1(IS_CV, cv(0)).op2(IS_CONST, 0),
                op(ZendOpcode.ASSIGN).op1(IS_CV, cv(1)).op2(IS_CONST, 0),
                op(ZendOpcode.JMP).op1(IS_UNUSED, 5),
                op(ZendOpcode.ASSIGN_OP).op1(IS_CV, cv(0)).op2(IS_CV, cv(1)).extended(ZendOpcode.ADD),
                op(ZendOpcode.PRE_INC).op1(IS_CV, cv(1)),
                op(ZendOpcode.IS_SMALLER).op1(IS_CV, cv(1)).op2(IS_CONST, 1).result(IS_TMP_VAR, cv(2)),
                op(ZendOpcode.JMPNZ).op1(IS_TMP_VAR, cv(2)).op2(IS_UNUSED, 3),
                op(ZendOpcode.RETURN).op1(IS_CV, cv(0)));
    }

    /** function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); } */
    private int registerFib() {
        int self = ZendFunctions.count();
        ZendOpArray fib = opArray("fib", new long[]{2, 1}, 1, 5,
                op(ZendOpcode.RECV).op1(IS_UNUSED, 1).result(IS_CV, cv(0)),
                op(ZendOpcode.IS_SMALLER).op1(IS_CV, cv(0)).op2(IS_CONST, 0).result(IS_TMP_VAR, cv(1)),
                op(ZendOpcode.JMPZ).op1(IS_TMP_VAR, cv(1)).op2(IS_UNUSED, 4),
                op(ZendOpcode.RETURN).op1(IS_CV, cv(0)),
                op(ZendOpcode.SUB).op1(IS_CV, cv(0)).op2(IS_CONST, 1).result(IS_TMP_VAR, cv(2)),
                op(ZendOpcode.INIT_FCALL).op1(IS_UNUSED, 1).op2(IS_UNUSED, self),
                op(ZendOpcode.SEND_VAL).op1(IS_TMP_VAR, cv(2)).op2(IS_UNUSED, 1),
                op(ZendOpcode.DO_UCALL).result(IS_TMP_VAR, cv(3)),
                op(ZendOpcode.SUB).op1(IS_CV, cv(0)).op2(IS_CONST, 0).result(IS_TMP_VAR, cv(2)),
                op(ZendOpcode.INIT_FCALL).op1(IS_UNUSED, 1).op2(IS_UNUSED, self),
                op(ZendOpcode.SEND_VAL).op1(IS_TMP_VAR, cv(2)).op2(IS_UNUSED, 1),
                op(ZendOpcode.DO_UCALL).result(IS_TMP_VAR, cv(4)),
                op(ZendOpcode.ADD).op1(IS_TMP_VAR, cv(3)).op2(IS_TMP_VAR, cv(4)).result(IS_TMP_VAR, cv(5)),
                op(ZendOpcode.RETURN).op1(IS_TMP_VAR, cv(5)));
        fib.numArgs = fib.requiredNumArgs = 1;
        fib.opcodes[0].lineno = 2; // RECV carries the declaration's line
        return ZendFunctions.register(fib);
    }

    /** A main script calling fn(arg) and keeping the result in CV 0; returns the result. */
    private long callFromMain(int fn, long arg, int numArgs) {
        int main = ZendFunctions.register(opArray("main", new long[]{arg}, 1, 0,
                op(ZendOpcode.INIT_FCALL).op1(IS_UNUSED, numArgs).op2(IS_UNUSED, fn),
                numArgs > 0 ? op(ZendOpcode.SEND_VAL).op1(IS_CONST, 0).op2(IS_UNUSED, 1) : op(ZendOpcode.NOP),
                op(ZendOpcode.DO_UCALL).result(IS_CV, cv(0)),
                op(ZendOpcode.RETURN).op1(IS_CV, cv(0))));
        ZendJit.compile(fn, main);
        long result = ZendAlloc.emalloc(16);
        var op = ZendFunctions.opArray(main);
        long ex = ZendVmStack.push(op.frameSize());
        ZendExecuteData.initCallFrame(ex, main, 0, 0);
        ZendExecuteData.initFuncExecuteData(ex, result);
        try {
            ZendFunctions.entry(main).invokeExact(ex);
            return NativeMemory.getLong(result);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        } finally {
            ZendAlloc.efree(result);
        }
    }

    @Test
    void integerLoop() {
        int fn = ZendFunctions.register(loop(1000));
        assertEquals(499500, callFromMain(fn, 0, 0));
    }

    @Test
    void echoWritesThroughZendWrite() {
        {
            int fn = ZendFunctions.register(opArray("echo", new long[]{-9223372036854775808L, 0, 42}, 0, 0,
                    op(ZendOpcode.ECHO).op1(IS_CONST, 0),
                    op(ZendOpcode.ECHO).op1(IS_CONST, 1),
                    op(ZendOpcode.ECHO).op1(IS_CONST, 2),
                    op(ZendOpcode.RETURN).op1(IS_CONST, 1)));
            callFromMain(fn, 0, 0);
        }
        assertEquals("-9223372036854775808042", out.toString());
        assertEquals(0, ExecutorGlobals.current_execute_data, "back outside execution");
    }

    @Test
    void internalFunctionsAreCalledDirectly() {
        jzend.zend.ZendInternalFunctions.register(jzend.ext.standard.Var.FUNCTIONS);
        int usage = jzend.zend.ZendInternalFunctions.lookup("memory_get_usage");
        assertTrue(usage < 0);
        // $m = memory_get_usage(); $r = memory_get_usage(true); return $m;
        int fn = ZendFunctions.register(opArray("m", new long[]{1}, 2, 0,
                op(ZendOpcode.INIT_FCALL).op1(IS_UNUSED, 0).op2(IS_UNUSED, usage),
                op(ZendOpcode.DO_ICALL).result(IS_CV, cv(0)),
                op(ZendOpcode.INIT_FCALL).op1(IS_UNUSED, 1).op2(IS_UNUSED, usage),
                op(ZendOpcode.SEND_VAL).op1(IS_CONST, 0).op2(IS_UNUSED, 1),
                op(ZendOpcode.DO_ICALL).result(IS_CV, cv(1)),
                op(ZendOpcode.RETURN).op1(IS_CV, cv(0))));
        long sizeBefore = AllocGlobals.mm_heap.size();
        long reported = callFromMain(fn, 0, 0);
        // what was allocated between: the result slot (16 -> bin 16), main's literals and frames on the VM stack page
        assertEquals(sizeBefore + 16 + 16, reported, "memory_get_usage() is the heap's size at the call");
    }

    @Test
    void internalFunctionArgumentErrorsAreThePhpOnes() {
        jzend.zend.ZendInternalFunctions.register(jzend.ext.standard.Var.FUNCTIONS);
        int usage = jzend.zend.ZendInternalFunctions.lookup("memory_get_usage");
        long nullLiteral = 0;
        int twoArgs = ZendFunctions.register(opArray("two", new long[]{1}, 1, 0,
                op(ZendOpcode.INIT_FCALL).op1(IS_UNUSED, 2).op2(IS_UNUSED, usage),
                op(ZendOpcode.SEND_VAL).op1(IS_CONST, 0).op2(IS_UNUSED, 1),
                op(ZendOpcode.SEND_VAL).op1(IS_CONST, 0).op2(IS_UNUSED, 2),
                op(ZendOpcode.DO_ICALL).result(IS_CV, cv(0)),
                op(ZendOpcode.RETURN).op1(IS_CV, cv(0))));
        ZendError e = assertThrows(ZendError.class, () -> callFromMain(twoArgs, 0, 0));
        assertEquals("ArgumentCountError", e.phpClass);
        assertEquals("memory_get_usage() expects at most 1 argument, 2 given", e.getMessage());
        assertEquals("#0 t.php(3): memory_get_usage(1, 1)\n#1 t.php(3): two()\n#2 {main}", e.trace());
        e.release();
        assertEquals(1, ZendVmStack.depthPages());
    }

    @Test
    void recursiveCalls() {
        assertEquals(6765, callFromMain(registerFib(), 20, 1));
    }

    @Test
    void deepRecursionGrowsTheVmStackThroughZendMM() {
        // function down($n) { return $n < 1 ? 0 : down($n - 1) + 1; }  -- frames of 80 + 16*4 bytes
        int self = ZendFunctions.count();
        ZendOpArray down = opArray("down", new long[]{1, 0}, 1, 3,
                op(ZendOpcode.RECV).op1(IS_UNUSED, 1).result(IS_CV, cv(0)),
                op(ZendOpcode.IS_SMALLER).op1(IS_CV, cv(0)).op2(IS_CONST, 0).result(IS_TMP_VAR, cv(1)),
                op(ZendOpcode.JMPZ).op1(IS_TMP_VAR, cv(1)).op2(IS_UNUSED, 4),
                op(ZendOpcode.RETURN).op1(IS_CONST, 1),
                op(ZendOpcode.SUB).op1(IS_CV, cv(0)).op2(IS_CONST, 0).result(IS_TMP_VAR, cv(2)),
                op(ZendOpcode.INIT_FCALL).op1(IS_UNUSED, 1).op2(IS_UNUSED, self),
                op(ZendOpcode.SEND_VAL).op1(IS_TMP_VAR, cv(2)).op2(IS_UNUSED, 1),
                op(ZendOpcode.DO_UCALL).result(IS_TMP_VAR, cv(3)),
                op(ZendOpcode.ADD).op1(IS_TMP_VAR, cv(3)).op2(IS_CONST, 0).result(IS_TMP_VAR, cv(2)),
                op(ZendOpcode.RETURN).op1(IS_TMP_VAR, cv(2)));
        down.numArgs = down.requiredNumArgs = 1;
        int fn = ZendFunctions.register(down);
        long[] peak = new long[1];
        // 5000 frames of 144 bytes = 720 KB of VM stack: two more 256 KB pages from emalloc
        long before = AllocGlobals.mm_heap.peak();
        assertEquals(5000, callFromMain(fn, 5000, 1));
        peak[0] = AllocGlobals.mm_heap.peak() - before;
        assertTrue(peak[0] >= 2 * ZendVmStack.PAGE_SIZE, "VM stack pages came from ZendMM: peak grew by " + peak[0]);
        assertEquals(1, ZendVmStack.depthPages(), "extra pages are freed on the way back");
    }

    @Test
    void anErrorUnwindsEveryFrame() {
        int fib = registerFib();
        ZendError e = assertThrows(ZendError.class, () -> callFromMain(fib, 0, 0));
        assertEquals("ArgumentCountError", e.phpClass);
        assertEquals("Too few arguments to function fib(), 0 passed in t.php on line 3 and exactly 1 expected", e.getMessage());
        assertEquals("t.php", e.file);
        assertEquals(2, e.line);
        assertEquals("#0 t.php(3): fib()\n#1 {main}", e.trace());
        assertEquals("Uncaught ArgumentCountError: Too few arguments to function fib(), 0 passed in t.php on line 3 and"
                + " exactly 1 expected in t.php:2\nStack trace:\n#0 t.php(3): fib()\n#1 {main}\n  thrown", e.uncaughtMessage());
        assertEquals(1, ZendVmStack.depthPages());
        e.release();
    }
}
