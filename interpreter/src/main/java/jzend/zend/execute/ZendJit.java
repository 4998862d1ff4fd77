package jzend.zend.execute;

import jzend.zend.compile.ZendOp;
import jzend.zend.compile.ZendOpArray;
import jzend.zend.compile.ZendOpcode;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;

/**
 * Compiles op_arrays to JVM bytecode (docs/executor-design.md): one hidden class per compilation
 * unit, one static method {@code f<index>(long execute_data)} per function. Each opline becomes
 * a call to its handler in {@link ZendVm} with the operands' addresses as constants relative to
 * the frame; jumps become branches; a comparison followed by the JMPZ/JMPNZ that consumes it is
 * fused into one conditional branch (PHP's smart branch); a call to a function of the same unit is
 * a direct invokestatic.
 *
 * <p>Generated code calls only handlers, never the allocator: hidden classes are not seen by the
 * allocator agent's class loader or transformer, the handlers are.
 */
public final class ZendJit {
    private ZendJit() {}

    private static final String VM = "jzend/zend/execute/ZendVm";
    private static final String EXD = "jzend/zend/execute/ZendExecuteData";
    private static final String CLASS_NAME = "jzend/zend/execute/ZendCompiledUnit";
    private static final MethodType ENTRY = MethodType.methodType(void.class, long.class);
    /** -Djzend.dump.opcodes=true: each op_array's listing on stderr as it is compiled. */
    private static final boolean DUMP = Boolean.getBoolean("jzend.dump.opcodes");

    /** Compiles the registered functions {@code indexes} together and installs their entry points. */
    public static void compile(int... indexes) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        cw.visit(Opcodes.V25, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, CLASS_NAME, null, "java/lang/Object", null);
        java.util.Set<Integer> unit = new java.util.HashSet<>();
        for (int i : indexes) unit.add(i);
        for (int i : indexes) {
            if (DUMP) System.err.print(ZendFunctions.opArray(i).dump());
            new FunctionCompiler(cw, i, ZendFunctions.opArray(i), unit).compile();
        }
        cw.visitEnd();
        try {
            MethodHandles.Lookup hidden = Boolean.getBoolean("jzend.jit.visible")
                    ? MethodHandles.privateLookupIn(MethodHandles.lookup().defineClass(cw.toByteArray()), MethodHandles.lookup())
                    : MethodHandles.lookup().defineHiddenClass(cw.toByteArray(), true);
            for (int i : indexes) ZendFunctions.setEntry(i, hidden.findStatic(hidden.lookupClass(), "f" + i, ENTRY));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated code does not link", e);
        }
    }

    /**
     * Whether the opline must be recorded in the frame first (SAVE_OPLINE): when it may report
     * an error or warning — which any read of a CV can ("Undefined variable") — so that the
     * message names its line, or throw, so that ZendExecute.cleanupLiveVars knows where the
     * exception left. Jumps and moves between temporaries cannot.
     */
    public static boolean needsSavedOpline(ZendOp o) {
        if (o.op1Type == ZendOp.IS_CV || o.op2Type == ZendOp.IS_CV) return true;
        return switch (o.opcode) {
            case ZendOpcode.NOP, ZendOpcode.JMP, ZendOpcode.QM_ASSIGN, ZendOpcode.FREE, ZendOpcode.RETURN,
                 ZendOpcode.SEND_VAL, ZendOpcode.SEND_VAR, ZendOpcode.INIT_FCALL, ZendOpcode.JMPZ, ZendOpcode.JMPNZ,
                 ZendOpcode.JMPZ_EX, ZendOpcode.JMPNZ_EX, ZendOpcode.BOOL, ZendOpcode.BOOL_NOT,
                 ZendOpcode.ISSET_ISEMPTY_CV, ZendOpcode.COALESCE, ZendOpcode.INIT_ARRAY, ZendOpcode.FE_FREE,
                 ZendOpcode.HANDLE_EXCEPTION, ZendOpcode.CATCH, ZendOpcode.DISCARD_EXCEPTION -> false;
            default -> true;
        };
    }

    /** The code generator of one op_array. */
    private static final class FunctionCompiler {
        private final int index;
        private final ZendOpArray op;
        private final java.util.Set<Integer> unit;
        private final MethodVisitor mv;
        private final Label[] labels;
        /** Callees of the INIT_FCALLs whose DO_UCALL has not been reached yet (nested calls). */
        private final ArrayDeque<Integer> pendingCalls = new ArrayDeque<>();
        /** The opline being compiled, and what the code after each opline's handler frees (ZendOpArray.freedAfterHandler). */
        private int current;
        private final java.util.List<java.util.List<Integer>> freedAfter = new java.util.ArrayList<>();

        FunctionCompiler(ClassWriter cw, int index, ZendOpArray op, java.util.Set<Integer> unit) {
            this.index = index;
            this.op = op;
            this.unit = unit;
            this.mv = cw.visitMethod(Opcodes.ACC_STATIC, "f" + index, "(J)V", null, null);
            this.labels = new Label[op.opcodes.length + 1];
            for (int i = 0; i < labels.length; i++) labels[i] = new Label();
        }

        void compile() {
            mv.visitCode();
            Label start = new Label(), end = new Label(), handler = new Label();
            // the try blocks' handlers first, innermost first: the JVM searches the table in order
            for (ZendOpArray.TryCatch t : op.tryCatch) {
                protect(t.tryStart(), t.tryEnd(), t.holes(), t.handler());
                if (t.finallyHandler() >= 0) protect(t.handler(), t.catchEnd(), t.holes(), t.finallyHandler());
            }
            mv.visitTryCatchBlock(start, end, handler, null);
            mv.visitLabel(start);
            ZendOp[] ops = op.opcodes;
            for (int i = 0; i < ops.length; i++) freedAfter.add(null);
            for (int i = 0; i < ops.length; i++) {
                mv.visitLabel(labels[i]);
                // the opline's number as the JVM's line: profilers (JFR) then name the opline
                mv.visitLineNumber(i, labels[i]);
                current = i;
                if (fusesWithNext(i)) {
                    emitFusedBranch(i, ops[i], ops[i + 1]);
                    i++;
                    mv.visitLabel(labels[i]);
                    continue;
                }
                emit(i, ops[i]);
                if (ops[i].opcode == ZendOpcode.ASSIGN_DIM || ops[i].opcode == ZendOpcode.ASSIGN_DIM_OP) {
                    i++; // its OP_DATA was consumed with it
                    mv.visitLabel(labels[i]);
                }
            }
            mv.visitLabel(labels[ops.length]);
            mv.visitInsn(Opcodes.RETURN);
            mv.visitLabel(end);
            mv.visitLabel(handler);
            // the exception unwinds this frame (zend_leave_helper on the exception path)
            mv.visitInsn(Opcodes.DUP);
            mv.visitVarInsn(Opcodes.LLOAD, 0);
            mv.visitLdcInsn(index);
            mv.visitLdcInsn(op.vars.length);
            vm("leaveOnException", "(Ljava/lang/Throwable;JII)V");
            mv.visitInsn(Opcodes.ATHROW);
            int[][] frees = new int[ops.length][];
            for (int i = 0; i < ops.length; i++) {
                var f = freedAfter.get(i);
                if (f != null) frees[i] = f.stream().mapToInt(Integer::intValue).toArray();
            }
            op.freedAfterHandler = frees;
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        /** Exception table entries sending what oplines [from, to) throw, except in {@code holes}, to {@code handler}. */
        private void protect(int from, int to, int[][] holes, int handler) {
            int start = from;
            for (int[] hole : holes) {
                if (hole[1] <= start || hole[0] >= to) continue;
                protectRange(start, Math.min(hole[0], to), handler);
                start = Math.max(start, hole[1]);
            }
            protectRange(start, to, handler);
        }

        private void protectRange(int from, int to, int handler) {
            // the JVM wants a non-empty range: a NOP generates no code
            boolean code = false;
            for (int i = from; i < to && !code; i++) code = op.opcodes[i].opcode != ZendOpcode.NOP;
            if (code) mv.visitTryCatchBlock(labels[from], labels[to], labels[handler], ERR);
        }

        private boolean fusesWithNext(int i) {
            ZendOp[] ops = op.opcodes;
            if (i + 1 >= ops.length) return false;
            ZendOp cmp = ops[i], jmp = ops[i + 1];
            boolean isCompare = switch (cmp.opcode) {
                case ZendOpcode.IS_SMALLER, ZendOpcode.IS_SMALLER_OR_EQUAL, ZendOpcode.IS_EQUAL, ZendOpcode.IS_IDENTICAL,
                     ZendOpcode.IS_NOT_EQUAL, ZendOpcode.IS_NOT_IDENTICAL, ZendOpcode.CASE, ZendOpcode.CASE_STRICT -> true;
                default -> false;
            };
            return isCompare && cmp.resultType == ZendOp.IS_TMP_VAR
                    && (jmp.opcode == ZendOpcode.JMPZ || jmp.opcode == ZendOpcode.JMPNZ)
                    && jmp.op1Type == ZendOp.IS_TMP_VAR && jmp.op1 == cmp.result;
        }

        private void emitFusedBranch(int i, ZendOp cmp, ZendOp jmp) {
            saveOpline(i);
            operand(cmp.op1Type, cmp.op1);
            operand(cmp.op2Type, cmp.op2);
            vm(compareHandler(cmp.opcode), "(JJ)Z");
            // CASE and CASE_STRICT keep the switch/match subject for the next case
            if (cmp.opcode != ZendOpcode.CASE && cmp.opcode != ZendOpcode.CASE_STRICT) freeTmp(cmp.op1Type, cmp.op1);
            freeTmp(cmp.op2Type, cmp.op2);
            mv.visitJumpInsn(jmp.opcode == ZendOpcode.JMPZ ? Opcodes.IFEQ : Opcodes.IFNE, labels[jmp.op2]);
        }

        private static boolean isTmp(byte type) {
            return type == ZendOp.IS_TMP_VAR || type == ZendOp.IS_VAR;
        }

        /** Pushes whether an operand of this type is a TMP/VAR (the handlers' "free it when done" flag). */
        private void pushIsTmp(byte type) {
            mv.visitInsn(isTmp(type) ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        }

        /**
         * FREE_OP: releases a TMP/VAR operand that the op only read, once its handler has returned
         * (recorded, so that an exception out of the handler releases it instead).
         */
        private void freeTmp(byte type, int value) {
            if (!isTmp(type)) return;
            if (freedAfter.get(current) == null) freedAfter.set(current, new java.util.ArrayList<>(2));
            freedAfter.get(current).add(value);
            operand(type, value);
            vm("freeOp", "(J)V");
        }

        private static String compareHandler(int opcode) {
            return switch (opcode) {
                case ZendOpcode.IS_SMALLER -> "isSmaller";
                case ZendOpcode.IS_SMALLER_OR_EQUAL -> "isSmallerOrEqual";
                case ZendOpcode.IS_EQUAL, ZendOpcode.CASE -> "isEqual";
                case ZendOpcode.IS_IDENTICAL, ZendOpcode.CASE_STRICT -> "isIdentical";
                case ZendOpcode.IS_NOT_EQUAL -> "isNotEqual";
                case ZendOpcode.IS_NOT_IDENTICAL -> "isNotIdentical";
                default -> throw new IllegalArgumentException(ZendOpcode.name(opcode));
            };
        }

        private static final String ARR = "jzend/zend/execute/ZendArrayOps";
        private static final String EXC = "jzend/zend/execute/ZendExceptions";
        private static final String EXE = "jzend/zend/execute/ZendExecute";
        private static final String SYM = "jzend/zend/execute/ZendSymbolTable";
        private static final String CLO = "jzend/zend/execute/ZendClosures";
        private static final String CALLABLE = "jzend/zend/execute/ZendCallable";
        /** pendingCalls' marker for a call resolved at run time. */
        private static final int DYNAMIC_CALL = Integer.MIN_VALUE + 1;
        private static final String ERR = "jzend/zend/execute/ZendError";
        /** pendingCalls' marker for a constructor call (NEW … DO_FCALL). */
        private static final int NEW_CALL = Integer.MIN_VALUE;

        /** The JVM local holding try block {@code slot}'s in-flight exception (0–1: execute_data, 2–3: the internal call). */
        private static int exceptionSlot(int slot) {
            return 4 + slot;
        }

        private void arr(String name, String desc) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, ARR, name, desc, false);
        }

        private void emit(int i, ZendOp o) {
            if (needsSavedOpline(o)) saveOpline(i);
            switch (o.opcode) {
                case ZendOpcode.INIT_ARRAY -> {
                    operand(o.resultType, o.result);
                    mv.visitLdcInsn(o.extendedValue);
                    arr("initArray", "(JI)V");
                }
                case ZendOpcode.ADD_ARRAY_ELEMENT -> {
                    if (o.extendedValue == 1) {
                        // [&$x]: the variable becomes a reference the array shares
                        operand(o.resultType, o.result);
                        operand(o.op2Type, o.op2);
                        operand(o.op1Type, o.op1);
                        arr("addArrayElementRef", "(JJJ)V");
                        freeTmp(o.op2Type, o.op2);
                        break;
                    }
                    operand(o.resultType, o.result);
                    operand(o.op2Type, o.op2);
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    arr("addArrayElement", "(JJJZ)V");
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.FETCH_DIM_R, ZendOpcode.FETCH_DIM_IS -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    arr(o.opcode == ZendOpcode.FETCH_DIM_R ? "fetchDimR" : "fetchDimIs", "(JJJ)V");
                    freeTmp(o.op1Type, o.op1);
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.ADD_ARRAY_UNPACK -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    arr("addArrayUnpack", "(JJZ)V");
                }
                case ZendOpcode.CALL_ARRAY -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    operand(o.resultType, o.result);
                    mv.visitInsn(o.extendedValue == jzend.zend.compile.ZendCompiler.ZEND_RETURNS_FUNCTION ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, CALLABLE, "callArray", "(JJJJZ)V", false);
                    freeTmp(o.op1Type, o.op1); // the arguments' array is released by callArray itself
                }
                case ZendOpcode.RECV_VARIADIC -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(o.op1);
                    operand(o.resultType, o.result);
                    vm("recvVariadic", "(JIJ)V");
                }
                case ZendOpcode.FETCH_DIM_RW -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    arr("fetchDimRw", "(JJJ)V");
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.BOOL_XOR -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    vm("boolXor", "(JJJ)V");
                    freeTmp(o.op1Type, o.op1);
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.JMP_SET -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    vm("jmpSet", "(JJZ)Z");
                    mv.visitJumpInsn(Opcodes.IFNE, labels[o.op2]);
                }
                case ZendOpcode.BEGIN_SILENCE -> {
                    operand(o.resultType, o.result);
                    vm("beginSilence", "(J)V");
                }
                case ZendOpcode.END_SILENCE -> {
                    operand(o.op1Type, o.op1);
                    vm("endSilence", "(J)V");
                }
                case ZendOpcode.FETCH_LIST_R -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    arr("fetchListR", "(JJJ)V");
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.FETCH_DIM_W -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    arr(o.extendedValue == 1 ? "fetchDimWRef" : "fetchDimW", "(JJJ)V");
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.ASSIGN_DIM -> {
                    ZendOp data = op.opcodes[i + 1];
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    operand(data.op1Type, data.op1);
                    pushIsTmp(data.op1Type);
                    operand(o.resultType, o.result);
                    arr("assignDim", "(JJJZJ)V");
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.ASSIGN_DIM_OP -> {
                    ZendOp data = op.opcodes[i + 1];
                    mv.visitLdcInsn(o.extendedValue);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    operand(data.op1Type, data.op1);
                    operand(o.resultType, o.result);
                    arr("assignDimOp", "(IJJJJ)V");
                    freeTmp(o.op2Type, o.op2);
                    freeTmp(data.op1Type, data.op1);
                }
                case ZendOpcode.UNSET_DIM -> {
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    arr("unsetDim", "(JJ)V");
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.ISSET_ISEMPTY_DIM_OBJ -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    mv.visitLdcInsn(o.extendedValue);
                    arr("issetIsEmptyDim", "(JJJI)V");
                    freeTmp(o.op1Type, o.op1);
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.FE_RESET_R -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    arr("feReset", "(JJZ)Z");
                    mv.visitJumpInsn(Opcodes.IFEQ, labels[o.op2]);
                }
                case ZendOpcode.FE_FETCH_R -> {
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    operand(o.resultType, o.result);
                    arr(o.op2Type == ZendOp.IS_VAR ? "feFetchTmp" : "feFetch", "(JJJ)Z");
                    mv.visitJumpInsn(Opcodes.IFEQ, labels[o.extendedValue]);
                }
                case ZendOpcode.FE_RESET_RW -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    mv.visitLdcInsn(o.op1Type == ZendOp.IS_TMP_VAR ? 1 : o.op1Type == ZendOp.IS_CONST ? 2 : 0);
                    arr("feResetRw", "(JJI)Z");
                    mv.visitJumpInsn(Opcodes.IFEQ, labels[o.op2]);
                }
                case ZendOpcode.FE_FETCH_RW -> {
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    operand(o.resultType, o.result);
                    arr(o.op2Type == ZendOp.IS_VAR ? "feFetchRwTmp" : "feFetchRw", "(JJJ)Z");
                    mv.visitJumpInsn(Opcodes.IFEQ, labels[o.extendedValue]);
                }
                case ZendOpcode.SEND_REF -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(o.op2);
                    operand(o.op1Type, o.op1);
                    vm("sendRef", "(JIJ)V");
                }
                case ZendOpcode.SEND_VAR_NO_REF -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(o.op2);
                    operand(o.op1Type, o.op1);
                    vm("sendVarNoRef", "(JIJ)V");
                }
                case ZendOpcode.SEND_VAL_EX -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(o.op2);
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    vm("sendValByRef", "(JIJZ)V");
                }
                case ZendOpcode.MAKE_REF -> {
                    operand(o.op1Type, o.op1);
                    vm("makeRefVar", "(J)V");
                }
                case ZendOpcode.ASSIGN_REF -> {
                    if (o.extendedValue == jzend.zend.compile.ZendCompiler.ZEND_RETURNS_FUNCTION) {
                        operand(o.op1Type, o.op1);
                        operand(o.op2Type, o.op2);
                        operand(o.resultType, o.result);
                        vm("assignRefFromCall", "(JJJ)V");
                        break;
                    }
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    mv.visitInsn(o.op2Type == ZendOp.IS_VAR ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
                    operand(o.resultType, o.result);
                    vm("assignRef", "(JJZJ)V");
                }
                case ZendOpcode.NEW -> {
                    pendingCalls.push(NEW_CALL);
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.resultType, o.result);
                    operand(o.op2Type, o.op2);
                    mv.visitLdcInsn(o.op1);
                    vm("newObject", "(JJJI)V");
                }
                case ZendOpcode.DO_FCALL -> {
                    // the constructor of the object NEW made: Exception::__construct, with This set
                    pendingCalls.pop();
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitInsn(Opcodes.LCONST_0);
                    vm("doIcall", "(JJ)J");
                    mv.visitVarInsn(Opcodes.LSTORE, 2);
                    mv.visitVarInsn(Opcodes.LLOAD, 2);
                    mv.visitVarInsn(Opcodes.LLOAD, 2);
                    mv.visitLdcInsn((long) ZendExecuteData.varOffset(o.op1));
                    mv.visitInsn(Opcodes.LADD);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, ZendExceptions.OWNER, "construct", "(JJ)V", false);
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitVarInsn(Opcodes.LLOAD, 2);
                    vm("icallDone", "(JJ)V");
                }
                case ZendOpcode.THROW -> {
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    vm("throwOp", "(JZ)V");
                }
                case ZendOpcode.INSTANCEOF -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    vm("instanceOf", "(JJJ)V");
                    freeTmp(o.op1Type, o.op1);
                }
                case ZendOpcode.INIT_METHOD_CALL -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    mv.visitLdcInsn(o.extendedValue);
                    vm("methodCall", "(JJJI)V");
                    freeTmp(o.op1Type, o.op1);
                }
                case ZendOpcode.HANDLE_EXCEPTION -> {
                    // a handler's entry: the exception (on the JVM stack) is kept, the frame made
                    // current again, what the try block left live released
                    mv.visitVarInsn(Opcodes.ASTORE, exceptionSlot(o.op2));
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(index);
                    mv.visitLdcInsn(i);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, EXE, "handleException", "(JII)V", false);
                }
                case ZendOpcode.CATCH -> {
                    mv.visitVarInsn(Opcodes.ALOAD, exceptionSlot(o.op2));
                    mv.visitLdcInsn(jzend.zend.string.ZendString.toJavaString(jzend.zend.alloc.NativeMemory.getLong(op.literal(o.op1))));
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, EXC, "matches", "(L" + ERR + ";Ljava/lang/String;)Z", false);
                    mv.visitJumpInsn(Opcodes.IFEQ, labels[o.extendedValue]);
                    mv.visitVarInsn(Opcodes.ALOAD, exceptionSlot(o.op2));
                    operand(o.resultType, o.result);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, EXC, "bind", "(L" + ERR + ";J)V", false);
                }
                case ZendOpcode.FAST_RET -> {
                    mv.visitVarInsn(Opcodes.ALOAD, exceptionSlot(o.op2));
                    mv.visitInsn(Opcodes.ATHROW);
                }
                case ZendOpcode.DISCARD_EXCEPTION -> {
                    mv.visitVarInsn(Opcodes.ALOAD, exceptionSlot(o.op2));
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, EXC, "discard", "(L" + ERR + ";)V", false);
                }
                case ZendOpcode.FE_FREE -> {
                    operand(o.op1Type, o.op1);
                    vm("freeOp", "(J)V");
                }
                case ZendOpcode.NOP -> { }
                case ZendOpcode.FETCH_R, ZendOpcode.FETCH_W, ZendOpcode.FETCH_IS -> {
                    if ((o.extendedValue & jzend.zend.compile.ZendCompiler.ZEND_FETCH_LOCAL) != 0) {
                        mv.visitVarInsn(Opcodes.LLOAD, 0);
                        operand(o.resultType, o.result);
                        operand(o.op1Type, o.op1);
                        pushIsTmp(o.op1Type);
                        mv.visitLdcInsn(o.opcode == ZendOpcode.FETCH_R ? ZendSymbolTable.R : o.opcode == ZendOpcode.FETCH_W ? ZendSymbolTable.W : ZendSymbolTable.IS);
                        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SYM, "fetchLocal", "(JJJZI)V", false);
                        break;
                    }
                    operand(o.resultType, o.result);
                    if (o.op1Type == ZendOp.IS_UNUSED) {
                        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SYM, "globalsArray", "(J)V", false);
                    } else {
                        operand(o.op1Type, o.op1);
                        pushIsTmp(o.op1Type);
                        mv.visitLdcInsn(o.opcode == ZendOpcode.FETCH_R ? ZendSymbolTable.R : o.opcode == ZendOpcode.FETCH_W ? ZendSymbolTable.W : ZendSymbolTable.IS);
                        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SYM, "fetch", "(JJZI)V", false);
                    }
                }
                case ZendOpcode.ISSET_ISEMPTY_VAR -> {
                    boolean local = (o.extendedValue & jzend.zend.compile.ZendCompiler.ZEND_FETCH_LOCAL) != 0;
                    if (local) mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    mv.visitLdcInsn(o.extendedValue & ~jzend.zend.compile.ZendCompiler.ZEND_FETCH_LOCAL);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, SYM, local ? "issetIsEmptyLocal" : "issetIsEmpty", local ? "(JJJZI)V" : "(JJZI)V", false);
                }
                case ZendOpcode.UNSET_VAR -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, SYM, "unsetLocal", "(JJZ)V", false);
                }
                case ZendOpcode.BIND_GLOBAL -> {
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, SYM, "bindGlobal", "(JJ)V", false);
                }
                case ZendOpcode.BIND_STATIC -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    mv.visitLdcInsn(o.extendedValue);
                    vm("bindStatic", "(JJJI)V");
                }
                case ZendOpcode.CALLABLE_CONVERT -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, CLO, "fromCallable", "(JJZ)V", false);
                }
                case ZendOpcode.DECLARE_LAMBDA_FUNCTION -> {
                    operand(o.resultType, o.result);
                    mv.visitLdcInsn(o.op2);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, CLO, "create", "(JI)V", false);
                }
                case ZendOpcode.BIND_LEXICAL -> {
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    mv.visitLdcInsn(o.extendedValue);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, CLO, "bindLexical", "(JJI)V", false);
                }
                case ZendOpcode.INIT_DYNAMIC_CALL -> {
                    pendingCalls.push(DYNAMIC_CALL);
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.op2Type, o.op2);
                    mv.visitLdcInsn(o.op1);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, CALLABLE, "initDynamicCall", "(JJI)V", false);
                }
                case ZendOpcode.SEND_VAR_EX -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(o.op2);
                    operand(o.op1Type, o.op1);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, CALLABLE, "sendVarEx", "(JIJ)V", false);
                }
                case ZendOpcode.DO_FCALL_BY_NAME -> {
                    pendingCalls.pop();
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.resultType, o.result);
                    mv.visitInsn(o.extendedValue == jzend.zend.compile.ZendCompiler.ZEND_RETURNS_FUNCTION ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, CALLABLE, "doCall", "(JJZ)V", false);
                    freeTmp(o.op1Type, o.op1);
                }
                case ZendOpcode.ASSIGN -> {
                    operand(o.op1Type, o.op1);
                    if (o.op1Type == ZendOp.IS_VAR) arr("slot", "(J)J");
                    operand(o.op2Type, o.op2);
                    vm(isTmp(o.op2Type) ? "assignTmp" : "assign", "(JJ)V");
                    copyResult(o, o.op1Type, o.op1);
                }
                case ZendOpcode.QM_ASSIGN -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    vm(isTmp(o.op1Type) ? "qmAssignTmp" : "qmAssign", "(JJ)V");
                }
                case ZendOpcode.CONCAT, ZendOpcode.FAST_CONCAT -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    vm("concat", "(JJJ)V");
                    freeTmp(o.op1Type, o.op1);
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.CAST -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    mv.visitLdcInsn(o.extendedValue);
                    vm("cast", "(JJI)V");
                    freeTmp(o.op1Type, o.op1);
                }
                case ZendOpcode.ROPE_INIT, ZendOpcode.ROPE_ADD -> {
                    operand(o.resultType, o.result);
                    mv.visitLdcInsn(o.extendedValue);
                    operand(o.op2Type, o.op2);
                    vm("ropeAdd", "(JIJ)V");
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.ROPE_END -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    mv.visitLdcInsn(o.extendedValue);
                    operand(o.op2Type, o.op2);
                    vm("ropeEnd", "(JJIJ)V");
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.ADD, ZendOpcode.SUB, ZendOpcode.MUL -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    vm(o.opcode == ZendOpcode.ADD ? "add" : o.opcode == ZendOpcode.SUB ? "sub" : "mul", "(JJJ)V");
                    freeTmp(o.op1Type, o.op1);
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.DIV, ZendOpcode.MOD, ZendOpcode.POW, ZendOpcode.SL, ZendOpcode.SR,
                     ZendOpcode.BW_OR, ZendOpcode.BW_AND, ZendOpcode.BW_XOR -> {
                    mv.visitLdcInsn(o.opcode);
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    vm("binaryOp", "(IJJJ)V");
                    freeTmp(o.op1Type, o.op1);
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.SPACESHIP -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    vm("spaceship", "(JJJ)V");
                    freeTmp(o.op1Type, o.op1);
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.BW_NOT -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    vm("bwNot", "(JJ)V");
                    freeTmp(o.op1Type, o.op1);
                }
                case ZendOpcode.ASSIGN_OP -> {
                    if (o.op1Type == ZendOp.IS_VAR) {
                        // a global's zval through FETCH_W's IS_INDIRECT
                        mv.visitLdcInsn(o.extendedValue == ZendOpcode.CONCAT ? ZendOpcode.CONCAT : o.extendedValue);
                        operand(o.op1Type, o.op1);
                        arr("slot", "(J)J");
                        operand(o.op2Type, o.op2);
                        vm("assignOpAny", "(IJJ)V");
                        freeTmp(o.op2Type, o.op2);
                        if (o.resultType != ZendOp.IS_UNUSED) {
                            operand(o.resultType, o.result);
                            operand(o.op1Type, o.op1);
                            arr("deref", "(J)J");
                            vm("qmAssign", "(JJ)V");
                        }
                        break;
                    }
                    switch (o.extendedValue) {
                        case ZendOpcode.ADD, ZendOpcode.SUB, ZendOpcode.MUL -> {
                            operand(o.op1Type, o.op1);
                            operand(o.op2Type, o.op2);
                            vm(o.extendedValue == ZendOpcode.ADD ? "assignAdd" : o.extendedValue == ZendOpcode.SUB ? "assignSub" : "assignMul", "(JJ)V");
                        }
                        case ZendOpcode.CONCAT -> {
                            operand(o.op1Type, o.op1);
                            operand(o.op2Type, o.op2);
                            vm("assignConcat", "(JJ)V");
                        }
                        default -> {
                            mv.visitLdcInsn(o.extendedValue);
                            operand(o.op1Type, o.op1);
                            operand(o.op2Type, o.op2);
                            vm("assignOp", "(IJJ)V");
                        }
                    }
                    freeTmp(o.op2Type, o.op2);
                    copyResult(o, o.op1Type, o.op1);
                }
                case ZendOpcode.PRE_INC, ZendOpcode.PRE_DEC, ZendOpcode.POST_INC, ZendOpcode.POST_DEC -> {
                    operand(o.op1Type, o.op1);
                    if (o.op1Type == ZendOp.IS_VAR) arr("deref", "(J)J");
                    operand(o.resultType, o.result);
                    vm(switch (o.opcode) {
                        case ZendOpcode.PRE_INC -> "preInc";
                        case ZendOpcode.PRE_DEC -> "preDec";
                        case ZendOpcode.POST_INC -> "postInc";
                        default -> "postDec";
                    }, "(JJ)V");
                }
                case ZendOpcode.IS_SMALLER, ZendOpcode.IS_SMALLER_OR_EQUAL, ZendOpcode.IS_EQUAL, ZendOpcode.IS_IDENTICAL,
                     ZendOpcode.IS_NOT_EQUAL, ZendOpcode.IS_NOT_IDENTICAL -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    vm(compareHandler(o.opcode), "(JJ)Z");
                    vm("storeBool", "(JZ)V");
                    freeTmp(o.op1Type, o.op1);
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.JMP -> mv.visitJumpInsn(Opcodes.GOTO, labels[o.op1]);
                case ZendOpcode.JMPZ_EX, ZendOpcode.JMPNZ_EX -> {
                    // result = (bool) op1, and jump when it is false (JMPZ_EX) / true (JMPNZ_EX)
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    vm("boolOf", "(JJ)Z");
                    freeTmp(o.op1Type, o.op1);
                    mv.visitJumpInsn(o.opcode == ZendOpcode.JMPZ_EX ? Opcodes.IFEQ : Opcodes.IFNE, labels[o.op2]);
                }
                case ZendOpcode.BOOL -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    vm("boolOf", "(JJ)Z");
                    mv.visitInsn(Opcodes.POP);
                    freeTmp(o.op1Type, o.op1);
                }
                case ZendOpcode.BOOL_NOT -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    vm("boolNot", "(JJ)V");
                    freeTmp(o.op1Type, o.op1);
                }
                case ZendOpcode.CASE, ZendOpcode.CASE_STRICT -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    vm(compareHandler(o.opcode), "(JJ)Z");
                    vm("storeBool", "(JZ)V");
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.RECV_INIT -> {
                    if (o.op2Type == ZendOp.IS_UNUSED) {
                        // the default is computed by the code that follows, skipped when the argument was passed
                        mv.visitVarInsn(Opcodes.LLOAD, 0);
                        mv.visitLdcInsn(o.op1);
                        operand(o.resultType, o.result);
                        mv.visitLdcInsn(o.extendedValue);
                        vm("recvPassed", "(JIJI)Z");
                        mv.visitJumpInsn(Opcodes.IFNE, labels[o.op2]);
                        break;
                    }
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(o.op1);
                    operand(o.resultType, o.result);
                    operand(o.op2Type, o.op2);
                    mv.visitLdcInsn(o.extendedValue);
                    vm("recvInit", "(JIJJI)V");
                }
                case ZendOpcode.VERIFY_RETURN_TYPE -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    mv.visitLdcInsn(o.extendedValue);
                    vm("verifyReturnType", "(JJJZI)V");
                }
                case ZendOpcode.ISSET_ISEMPTY_CV -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    mv.visitLdcInsn(o.extendedValue);
                    vm("issetIsEmptyCv", "(JJI)V");
                }
                case ZendOpcode.COALESCE -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    vm("coalesce", "(JJZ)Z");
                    mv.visitJumpInsn(Opcodes.IFNE, labels[o.op2]);
                }
                case ZendOpcode.EXIT -> {
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    vm("exit", "(JZ)V");
                }
                case ZendOpcode.MATCH_ERROR -> {
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    vm("matchError", "(JZ)V");
                }
                case ZendOpcode.FETCH_CONSTANT -> {
                    operand(o.resultType, o.result);
                    operand(o.op2Type, o.op2);
                    vm("fetchConstant", "(JJ)V");
                }
                case ZendOpcode.COUNT -> {
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    pushIsTmp(o.op1Type);
                    mv.visitLdcInsn(o.extendedValue);
                    vm("count", "(JJZI)V");
                }
                case ZendOpcode.STRLEN -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.resultType, o.result);
                    operand(o.op1Type, o.op1);
                    vm("strlen", "(JJJ)V");
                    freeTmp(o.op1Type, o.op1);
                }
                case ZendOpcode.DECLARE_FUNCTION -> {
                    mv.visitLdcInsn(o.op1);
                    vm("declareFunction", "(I)V");
                }
                case ZendOpcode.DECLARE_CONST -> {
                    operand(o.op1Type, o.op1);
                    operand(o.op2Type, o.op2);
                    vm("declareConst", "(JJ)V");
                    freeTmp(o.op2Type, o.op2);
                }
                case ZendOpcode.UNSET_CV -> {
                    operand(o.op1Type, o.op1);
                    vm("unsetCv", "(J)V");
                }
                case ZendOpcode.FREE -> {
                    operand(o.op1Type, o.op1);
                    vm("free", "(J)V");
                }
                case ZendOpcode.ECHO -> {
                    operand(o.op1Type, o.op1);
                    vm("echo", "(J)V");
                    freeTmp(o.op1Type, o.op1);
                }
                case ZendOpcode.JMPZ, ZendOpcode.JMPNZ -> {
                    operand(o.op1Type, o.op1);
                    vm("isTrue", "(J)Z");
                    freeTmp(o.op1Type, o.op1);
                    mv.visitJumpInsn(o.opcode == ZendOpcode.JMPZ ? Opcodes.IFEQ : Opcodes.IFNE, labels[o.op2]);
                }
                case ZendOpcode.INIT_FCALL -> {
                    int callee = o.op2;
                    pendingCalls.push(callee);
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(callee);
                    mv.visitLdcInsn(o.op1);
                    // zend_vm_calc_used_stack: room for arguments beyond the declared parameters
                    mv.visitLdcInsn(callee < 0 ? ZendExecuteData.SIZE + 16 * o.op1
                            : ZendFunctions.opArray(callee).frameSize() + 16 * Math.max(0, o.op1 - ZendFunctions.opArray(callee).numArgs));
                    vm("initCall", "(JIII)V");
                }
                case ZendOpcode.INIT_FCALL_BY_NAME -> {
                    operand(o.op2Type, o.op2);
                    vm("initFcallByName", "(J)V");
                }
                case ZendOpcode.SEND_VAL, ZendOpcode.SEND_VAR -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(o.op2);
                    operand(o.op1Type, o.op1);
                    vm(isTmp(o.op1Type) ? "sendTmp" : "sendVal", "(JIJ)V");
                }
                case ZendOpcode.DO_UCALL -> {
                    int callee = pendingCalls.pop();
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.resultType, o.result);
                    ZendOpArray calleeOp = ZendFunctions.opArray(callee);
                    mv.visitLdcInsn(calleeOp.vars.length);
                    mv.visitLdcInsn(calleeOp.numArgs);
                    mv.visitLdcInsn(calleeOp.vars.length + calleeOp.T);
                    vm(o.extendedValue == jzend.zend.compile.ZendCompiler.ZEND_RETURNS_FUNCTION ? "doUcallWantRef" : "doUcall", "(JJIII)J");
                    if (unit.contains(callee)) {
                        mv.visitMethodInsn(Opcodes.INVOKESTATIC, CLASS_NAME, "f" + callee, "(J)V", false);
                    } else {
                        throw new IllegalArgumentException("call to function " + callee + " outside the compilation unit");
                    }
                }
                case ZendOpcode.DO_ICALL -> {
                    int callee = pendingCalls.pop();
                    var entry = jzend.zend.ZendInternalFunctions.entry(callee);
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.resultType, o.result);
                    vm("doIcall", "(JJ)J");
                    mv.visitVarInsn(Opcodes.LSTORE, 2);
                    mv.visitVarInsn(Opcodes.LLOAD, 2);
                    if (o.resultType == ZendOp.IS_UNUSED) {
                        // internal functions always get a return slot: use the frame's own, in its header
                        mv.visitVarInsn(Opcodes.LLOAD, 2);
                        mv.visitLdcInsn((long) ZendExecuteData.THIS);
                        mv.visitInsn(Opcodes.LADD);
                    } else {
                        operand(o.resultType, o.result);
                    }
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, entry.owner(), entry.method(), "(JJ)V", false);
                    if (o.resultType == ZendOp.IS_UNUSED) {
                        mv.visitVarInsn(Opcodes.LLOAD, 2);
                        mv.visitLdcInsn((long) ZendExecuteData.THIS);
                        mv.visitInsn(Opcodes.LADD);
                        vm("discardResult", "(J)V");
                    }
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitVarInsn(Opcodes.LLOAD, 2);
                    vm("icallDone", "(JJ)V");
                }
                case ZendOpcode.RECV -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(o.op1);
                    if (o.extendedValue != 0) {
                        operand(o.resultType, o.result);
                        mv.visitLdcInsn(o.extendedValue);
                        vm("recvTyped", "(JIJI)V");
                    } else {
                        vm("recv", "(JI)V");
                    }
                }
                case ZendOpcode.RETURN_BY_REF -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.op1Type, o.op1);
                    mv.visitInsn(o.extendedValue != 0 ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
                    pushIsTmp(o.op1Type);
                    vm("returnByRef", "(JJZZ)V");
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(op.vars.length);
                    mv.visitLdcInsn(op.numArgs);
                    mv.visitLdcInsn(op.vars.length + op.T);
                    vm("leave", "(JIII)V");
                    mv.visitInsn(Opcodes.RETURN);
                }
                case ZendOpcode.RETURN -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    operand(o.op1Type, o.op1);
                    vm(isTmp(o.op1Type) ? "returnTmp" : "returnValue", "(JJ)V");
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn(op.vars.length);
                    mv.visitLdcInsn(op.numArgs);
                    mv.visitLdcInsn(op.vars.length + op.T);
                    vm("leave", "(JIII)V");
                    mv.visitInsn(Opcodes.RETURN);
                }
                default -> throw new IllegalArgumentException("no code generator for " + ZendOpcode.name(o.opcode)
                        + " in " + new String(op.functionName, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }

        /** When the result of an assignment is used, copy the assigned variable into it. */
        private void copyResult(ZendOp o, byte type, int value) {
            if (o.resultType == ZendOp.IS_UNUSED) return;
            operand(o.resultType, o.result);
            operand(type, value);
            vm("qmAssign", "(JJ)V");
        }

        /** SAVE_OPLINE(): the frame records the executing opline, for the line of an error. */
        private void saveOpline(int i) {
            mv.visitVarInsn(Opcodes.LLOAD, 0);
            mv.visitLdcInsn(i);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, EXD, "setOpline", "(JI)V", false);
        }

        /** Pushes an operand's address: a literal's absolute address, or frame + offset; 0 when unused. */
        private void operand(byte type, int value) {
            switch (type) {
                case ZendOp.IS_UNUSED -> mv.visitInsn(Opcodes.LCONST_0);
                case ZendOp.IS_CONST -> mv.visitLdcInsn(op.literal(value));
                default -> {
                    mv.visitVarInsn(Opcodes.LLOAD, 0);
                    mv.visitLdcInsn((long) value);
                    mv.visitInsn(Opcodes.LADD);
                }
            }
        }

        private void vm(String name, String desc) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, VM, name, desc, false);
        }
    }
}
