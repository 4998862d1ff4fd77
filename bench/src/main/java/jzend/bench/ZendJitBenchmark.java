package jzend.bench;

import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.compile.ZendOp;
import jzend.zend.compile.ZendOpArray;
import jzend.zend.compile.ZendOpcode;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendFunctions;
import jzend.zend.execute.ZendJit;
import jzend.zend.execute.ZendVm;
import jzend.zend.execute.ZendVmStack;
import org.openjdk.jmh.annotations.*;

import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;

import static jzend.zend.compile.ZendOp.*;
import static jzend.zend.execute.ZendExecuteData.varOffset;

/**
 * The executor's generated code on the op_arrays php compiles for a 10M-iteration integer loop and
 * for fib(30) (php -n 8.2.36 on this machine: 54 ms and 48 ms).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED", "-Xss64m"})
@State(Scope.Benchmark)
public class ZendJitBenchmark {
    private int loopMain, fibMain;
    private long result;

    private static ZendOp op(int opcode) {
        return new ZendOp(opcode, 1);
    }

    private static ZendOpArray opArray(String name, long[] literals, int vars, int tmps, ZendOp... ops) {
        ZendOpArray op = new ZendOpArray(name.getBytes(), "bench.php".getBytes());
        op.opcodes = ops;
        op.vars = new byte[vars][];
        op.T = tmps;
        op.literals = ZendAlloc.emalloc(16L * literals.length);
        for (int i = 0; i < literals.length; i++) {
            NativeMemory.putLong(op.literal(i), literals[i]);
            NativeMemory.putInt(op.literal(i) + 8, ZendVm.IS_LONG);
        }
        return op;
    }

    @Setup(Level.Trial)
    public void compile() {
        ZendMemoryManager.start_memory_manager(k -> null);
        ZendVmStack.init();
        int c0 = varOffset(0), c1 = varOffset(1), t2 = varOffset(2);
        loopMain = ZendFunctions.register(opArray("{main}", new long[]{0, 10_000_000}, 2, 1,
                op(ZendOpcode.ASSIGN).op1(IS_CV, c0).op2(IS_CONST, 0),
                op(ZendOpcode.ASSIGN).op1(IS_CV, c1).op2(IS_CONST, 0),
                op(ZendOpcode.JMP).op1(IS_UNUSED, 5),
                op(ZendOpcode.ASSIGN_OP).op1(IS_CV, c0).op2(IS_CV, c1).extended(ZendOpcode.ADD),
                op(ZendOpcode.PRE_INC).op1(IS_CV, c1),
                op(ZendOpcode.IS_SMALLER).op1(IS_CV, c1).op2(IS_CONST, 1).result(IS_TMP_VAR, t2),
                op(ZendOpcode.JMPNZ).op1(IS_TMP_VAR, t2).op2(IS_UNUSED, 3),
                op(ZendOpcode.RETURN).op1(IS_CV, c0)));
        int fib = ZendFunctions.count();
        ZendOpArray f = opArray("fib", new long[]{2, 1}, 1, 5,
                op(ZendOpcode.RECV).op1(IS_UNUSED, 1).result(IS_CV, c0),
                op(ZendOpcode.IS_SMALLER).op1(IS_CV, c0).op2(IS_CONST, 0).result(IS_TMP_VAR, c1),
                op(ZendOpcode.JMPZ).op1(IS_TMP_VAR, c1).op2(IS_UNUSED, 4),
                op(ZendOpcode.RETURN).op1(IS_CV, c0),
                op(ZendOpcode.SUB).op1(IS_CV, c0).op2(IS_CONST, 1).result(IS_TMP_VAR, varOffset(2)),
                op(ZendOpcode.INIT_FCALL).op1(IS_UNUSED, 1).op2(IS_UNUSED, fib),
                op(ZendOpcode.SEND_VAL).op1(IS_TMP_VAR, varOffset(2)).op2(IS_UNUSED, 1),
                op(ZendOpcode.DO_UCALL).result(IS_TMP_VAR, varOffset(3)),
                op(ZendOpcode.SUB).op1(IS_CV, c0).op2(IS_CONST, 0).result(IS_TMP_VAR, varOffset(2)),
                op(ZendOpcode.INIT_FCALL).op1(IS_UNUSED, 1).op2(IS_UNUSED, fib),
                op(ZendOpcode.SEND_VAL).op1(IS_TMP_VAR, varOffset(2)).op2(IS_UNUSED, 1),
                op(ZendOpcode.DO_UCALL).result(IS_TMP_VAR, varOffset(4)),
                op(ZendOpcode.ADD).op1(IS_TMP_VAR, varOffset(3)).op2(IS_TMP_VAR, varOffset(4)).result(IS_TMP_VAR, varOffset(5)),
                op(ZendOpcode.RETURN).op1(IS_TMP_VAR, varOffset(5)));
        f.numArgs = f.requiredNumArgs = 1;
        ZendFunctions.register(f);
        fibMain = ZendFunctions.register(opArray("{main}", new long[]{30}, 1, 0,
                op(ZendOpcode.INIT_FCALL).op1(IS_UNUSED, 1).op2(IS_UNUSED, fib),
                op(ZendOpcode.SEND_VAL).op1(IS_CONST, 0).op2(IS_UNUSED, 1),
                op(ZendOpcode.DO_UCALL).result(IS_CV, c0),
                op(ZendOpcode.RETURN).op1(IS_CV, c0)));
        ZendJit.compile(loopMain, fib, fibMain);
        result = ZendAlloc.emalloc(16);
    }

    private long run(int main) throws Throwable {
        var op = ZendFunctions.opArray(main);
        long ex = ZendVmStack.push(op.frameSize());
        ZendExecuteData.initCallFrame(ex, main, 0, 0);
        ZendExecuteData.initFuncExecuteData(ex, result);
        MethodHandle entry = ZendFunctions.entry(main);
        entry.invokeExact(ex);
        return NativeMemory.getLong(result);
    }

    @Benchmark
    public long intLoop10M() throws Throwable {
        return run(loopMain);
    }

    @Benchmark
    public long fib30() throws Throwable {
        return run(fibMain);
    }
}
