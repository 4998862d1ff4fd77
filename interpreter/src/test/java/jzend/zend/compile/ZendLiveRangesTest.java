package jzend.zend.compile;

import jzend.zend.Zend;
import jzend.zend.ZendUtilityFunctions;
import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.execute.ZendExecute;
import jzend.zend.execute.ZendFunctions;
import jzend.zend.execute.ZendVmStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The live ranges pass_two computes, against what php 8.2 computes for the same code (opcache's
 * {@code opt_debug_level=0x10000} listing, "LIVE RANGES:"), where jzend's oplines are php's.
 */
class ZendLiveRangesTest {
    @BeforeEach
    void start() {
        jzend.zend.string.ZendInternedStrings.init();
        Zend.zend_startup(new ZendUtilityFunctions((type, file, line, msg) -> { }, new java.io.ByteArrayOutputStream()::write, k -> null));
        ZendVmStack.init();
    }

    /** Set by the corpus test, whose scripts that do not compile leave what they had built. */
    private boolean compileErrors;

    @AfterEach
    void stop() {
        ZendExecute.destroyAll();
        jzend.zend.string.ZendInternedStrings.deactivate();
        ZendVmStack.destroy();
        if (!compileErrors) assertEquals(0, AllocGlobals.mm_heap.size(), "the live ranges are freed with their op_array");
        Zend.zend_shutdown();
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    /** The main op_array's ranges as "start-end kind" with the temporary's number (php's "T6"). */
    private static String ranges(String php) {
        ParsedScript s = ZendLanguageParser.parse(("<?php function f() {} " + php).getBytes(StandardCharsets.ISO_8859_1), "t.php");
        var compiled = ZendCompiler.compile(s.statements(), s.functionDeclarations(), "t.php".getBytes(StandardCharsets.ISO_8859_1), false);
        ZendOpArray op = ZendFunctions.opArray(compiled.main());
        assertEquals(op.lastLiveRange, jzend.zend.alloc.NativeMemory.getInt(op.address + ZendOpArray.LAST_LIVE_RANGE));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < op.lastLiveRange; i++) {
            long r = op.liveRange + (long) ZendLiveRanges.SIZE * i;
            int var = ZendLiveRanges.var(r);
            int n = (var & ~ZendLiveRanges.ZEND_LIVE_MASK) / 16 - 5;
            String kind = switch (var & ZendLiveRanges.ZEND_LIVE_MASK) {
                case ZendLiveRanges.ZEND_LIVE_LOOP -> "loop";
                case ZendLiveRanges.ZEND_LIVE_SILENCE -> "silence";
                case ZendLiveRanges.ZEND_LIVE_ROPE -> "rope";
                default -> "tmp";
            };
            if (sb.length() > 0) sb.append(", ");
            sb.append("T").append(n).append(' ').append(ZendLiveRanges.start(r)).append('-').append(ZendLiveRanges.end(r)).append(' ').append(kind);
        }
        return sb.toString();
    }

    @Test
    void concatenationAroundACall() {
        // php: 0001 T2 = CONCAT "a" CV0; INIT_FCALL; V3 = DO_UCALL; 0004 T4 = CONCAT T2 V3 → 2: 0002 - 0004 (tmp/var)
        assertEquals("T2 2-4 tmp", ranges("$b = 'x'; echo 'a' . $b . f();"));
    }

    @Test
    void ropeIncludesItsInit() {
        // php: 0000 T2 = ROPE_INIT … 0004 T1 = ROPE_END T2 → 2: 0000 - 0004 (rope); jzend numbers the rope first
        assertEquals("T1 0-4 rope", ranges("echo \"a $b {$b} c\";"));
    }

    @Test
    void foreachIteratorsNest() {
        // php: 2: 0001 - 0009 (loop), 3: 0003 - 0007 (loop)
        assertEquals("T2 1-9 loop, T3 3-7 loop", ranges("foreach ([1, 2] as $v) { foreach ($v as $w) { f(); } }"));
    }

    @Test
    void silenceAndTheSilencedResult() {
        // php: 1: 0001 - 0003 (silence), 2: 0003 - 0004 (tmp/var)
        assertEquals("T1 1-3 silence, T2 3-4 tmp", ranges("$r = @f();"));
    }

    @Test
    void arrayLiteralUnderConstruction() {
        // php starts the array with its first element (INIT_ARRAY CV1): 2: 0001 - 0004; jzend adds it with ADD_ARRAY_ELEMENT
        assertEquals("T2 1-5 tmp", ranges("$x = [$b, f()];"));
    }

    @Test
    void switchSubjectStopsAtTheExitsThatFreeIt() {
        // php (with a SWITCH_STRING first): 1: 0001 - 0011 (tmp/var), over "FREE T1; RETURN" too; jzend leaves that exit out
        assertEquals("T1 1-7 tmp, T1 8-10 tmp",
                ranges("switch ($b . 'y') { case 'a': return 1; case 'b': f(); }"));
    }

    /**
     * Every opline of a live range runs after its temporary was set, on every path to it —
     * cleanup_live_vars would free garbage otherwise — checked as "definitely assigned" over the
     * control flow (jumps, and exceptions into catch and finally handlers) of every op_array of
     * the phpt corpus and the samples.
     */
    @Test
    void rangesOnlyCoverOplinesWhereTheirTemporaryIsSet() throws java.io.IOException {
        java.util.List<java.nio.file.Path> files;
        try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/phpt"))) {
            files = new java.util.ArrayList<>(walk.filter(f -> f.toString().endsWith(".phpt")).sorted().toList());
        }
        try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("../samples"))) {
            files.addAll(walk.filter(f -> f.toString().endsWith(".php")).sorted().toList());
        }
        int checked = 0;
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (var f : files) {
            byte[] src = java.nio.file.Files.readAllBytes(f);
            if (f.toString().endsWith(".phpt")) src = jzend.phpt.PhptFile.parse(f, new String(src, StandardCharsets.ISO_8859_1)).file();
            String text = new String(src, StandardCharsets.ISO_8859_1);
            if (text.contains("$_") || text.contains("GLOBALS")) continue; // compiling a superglobal arms it: that needs a request
            ZendCompiler.CompiledScript compiled;
            try {
                ParsedScript s = ZendLanguageParser.parse(src, f.toString());
                compiled = ZendCompiler.compile(s.statements(), s.functionDeclarations(), f.toString().getBytes(StandardCharsets.ISO_8859_1), s.strictTypes());
            } catch (RuntimeException notCompiled) {
                compileErrors = true;
                continue; // parse and compile errors are what some cases test
            }
            for (int func : compiled.all()) {
                String problem = unsetInRange(ZendFunctions.opArray(func));
                if (problem != null) problems.add(f + ": " + problem);
                checked++;
            }
            ZendExecute.destroyAll();
        }
        assertEquals(java.util.List.of(), problems);
        org.junit.jupiter.api.Assertions.assertTrue(checked > 1000, "op_arrays checked: " + checked);
    }

    /** The first range opline where its temporary may be unset, or null. */
    private static String unsetInRange(ZendOpArray op) {
        ZendOp[] ops = op.opcodes;
        int n = ops.length, lastVar = op.lastVar();
        java.util.BitSet[] in = new java.util.BitSet[n];
        java.util.List<java.util.List<Integer>> succ = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) succ.add(new java.util.ArrayList<>());
        for (int i = 0; i < n; i++) {
            ZendOp o = ops[i];
            boolean falls = true;
            switch (o.opcode) {
                case ZendOpcode.JMP -> { succ.get(i).add(o.op1); falls = false; }
                case ZendOpcode.JMPZ, ZendOpcode.JMPNZ, ZendOpcode.JMPZ_EX, ZendOpcode.JMPNZ_EX, ZendOpcode.JMP_SET,
                     ZendOpcode.COALESCE, ZendOpcode.FE_RESET_R, ZendOpcode.FE_RESET_RW -> succ.get(i).add(o.op2);
                case ZendOpcode.RECV_INIT -> { if (o.op2Type == ZendOp.IS_UNUSED) succ.get(i).add(o.op2); }
                case ZendOpcode.FE_FETCH_R, ZendOpcode.FE_FETCH_RW, ZendOpcode.CATCH -> succ.get(i).add(o.extendedValue);
                case ZendOpcode.RETURN, ZendOpcode.RETURN_BY_REF, ZendOpcode.THROW, ZendOpcode.EXIT, ZendOpcode.MATCH_ERROR,
                     ZendOpcode.FAST_RET -> falls = false;
                default -> { }
            }
            if (falls && i + 1 < n) succ.get(i).add(i + 1);
        }
        for (ZendOpArray.TryCatch t : op.tryCatch) {
            addHandlerEdges(ops, succ, t.tryStart(), t.tryEnd(), t.holes(), t.handler());
            if (t.finallyHandler() >= 0) addHandlerEdges(ops, succ, t.handler(), t.catchEnd(), t.holes(), t.finallyHandler());
        }
        // definitely assigned: in(entry) = {}, in(p) = ∩ out(preds), out = in ∪ defs
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        in[0] = new java.util.BitSet();
        work.add(0);
        while (!work.isEmpty()) {
            int i = work.poll();
            java.util.BitSet out = (java.util.BitSet) in[i].clone();
            ZendOp o = ops[i];
            if (o.resultType == ZendOp.IS_TMP_VAR || o.resultType == ZendOp.IS_VAR) out.set((o.result - 80) / 16 - lastVar);
            if ((o.opcode == ZendOpcode.FE_FETCH_R || o.opcode == ZendOpcode.FE_FETCH_RW) && o.op2Type == ZendOp.IS_VAR) {
                out.set((o.op2 - 80) / 16 - lastVar);
            }
            for (int j : succ.get(i)) {
                // an exception leaves before the opline's result is set
                java.util.BitSet arriving = isHandler(op, j) ? in[i] : out;
                if (in[j] == null) {
                    in[j] = (java.util.BitSet) arriving.clone();
                    work.add(j);
                } else {
                    java.util.BitSet merged = (java.util.BitSet) in[j].clone();
                    merged.and(arriving);
                    if (!merged.equals(in[j])) {
                        in[j] = merged;
                        work.add(j);
                    }
                }
            }
        }
        // nor after it was freed: no range opline is reachable from a free of its temporary (a
        // FREE/FE_FREE, or the end of one of its ranges: its last use) without passing a definition
        for (int r = 0; r < op.lastLiveRange; r++) {
            long range = op.liveRange + (long) ZendLiveRanges.SIZE * r;
            int var = ZendLiveRanges.var(range) & ~ZendLiveRanges.ZEND_LIVE_MASK;
            java.util.BitSet inRange = new java.util.BitSet(), kills = new java.util.BitSet();
            for (int q = 0; q < op.lastLiveRange; q++) {
                long other = op.liveRange + (long) ZendLiveRanges.SIZE * q;
                if ((ZendLiveRanges.var(other) & ~ZendLiveRanges.ZEND_LIVE_MASK) != var) continue;
                inRange.set(ZendLiveRanges.start(other), ZendLiveRanges.end(other));
                kills.set(ZendLiveRanges.end(other));
            }
            for (int q = 0; q < n; q++) {
                if ((ops[q].opcode == ZendOpcode.FREE || ops[q].opcode == ZendOpcode.FE_FREE) && ops[q].op1 == var
                        && (ops[q].op1Type == ZendOp.IS_TMP_VAR || ops[q].op1Type == ZendOp.IS_VAR)) kills.set(q);
            }
            java.util.BitSet seen = new java.util.BitSet();
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
            for (int q = kills.nextSetBit(0); q >= 0 && q < n; q = kills.nextSetBit(q + 1)) {
                for (int j : succ.get(q)) if (!isHandler(op, j)) todo.add(j); // thrown by the free's opline: it did not free
            }
            while (!todo.isEmpty()) {
                int q = todo.poll();
                if (seen.get(q)) continue;
                seen.set(q);
                ZendOp o = ops[q];
                boolean defines = ((o.resultType == ZendOp.IS_TMP_VAR || o.resultType == ZendOp.IS_VAR) && o.result == var)
                        || ((o.opcode == ZendOpcode.FE_FETCH_R || o.opcode == ZendOpcode.FE_FETCH_RW) && o.op2 == var);
                if (defines) continue; // set again (a rope's range includes its ROPE_INIT)
                if (inRange.get(q)) {
                    return new String(op.functionName, StandardCharsets.ISO_8859_1) + " opline " + q + " in a range of T@" + var
                            + " after it was freed\n" + op.dump();
                }
                todo.addAll(succ.get(q));
            }
        }
        for (int r = 0; r < op.lastLiveRange; r++) {
            long range = op.liveRange + (long) ZendLiveRanges.SIZE * r;
            int var = ZendLiveRanges.var(range), kind = var & ZendLiveRanges.ZEND_LIVE_MASK;
            int tmp = ((var & ~ZendLiveRanges.ZEND_LIVE_MASK) - 80) / 16 - lastVar;
            for (int p = ZendLiveRanges.start(range); p < ZendLiveRanges.end(range); p++) {
                if (kind == ZendLiveRanges.ZEND_LIVE_ROPE && ops[p].opcode == ZendOpcode.ROPE_INIT) continue; // set by the opline itself
                if (in[p] != null && !in[p].get(tmp)) {
                    return new String(op.functionName, StandardCharsets.ISO_8859_1) + " opline " + p + " in range of T@"
                            + (var & ~ZendLiveRanges.ZEND_LIVE_MASK) + "\n" + op.dump();
                }
            }
        }
        return null;
    }

    /** The exception edges of [from, to) minus holes: from the oplines that can throw (they save the opline first). */
    private static void addHandlerEdges(ZendOp[] ops, java.util.List<java.util.List<Integer>> succ, int from, int to, int[][] holes, int handler) {
        for (int p = from; p < to; p++) {
            boolean hole = false;
            for (int[] h : holes) hole |= p >= h[0] && p < h[1];
            boolean mayThrow = jzend.zend.execute.ZendJit.needsSavedOpline(ops[p]) && ops[p].opcode != ZendOpcode.RETURN;
            if (!hole && mayThrow) succ.get(p).add(handler);
        }
    }

    private static boolean isHandler(ZendOpArray op, int i) {
        for (ZendOpArray.TryCatch t : op.tryCatch) if (t.handler() == i || t.finallyHandler() == i) return true;
        return false;
    }

    @Test
    void noRangeForBooleansOrValuesUsedAtOnce() {
        assertEquals("", ranges("$x = $a && $b; $y = !$a; echo $a . $b; $z = $a ? 1 : 2;"));
    }
}
