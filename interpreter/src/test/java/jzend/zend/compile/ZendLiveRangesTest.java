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

    @AfterEach
    void stop() {
        ZendExecute.destroyAll();
        jzend.zend.string.ZendInternedStrings.deactivate();
        ZendVmStack.destroy();
        assertEquals(0, AllocGlobals.mm_heap.size(), "the live ranges are freed with their op_array");
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

    @Test
    void noRangeForBooleansOrValuesUsedAtOnce() {
        assertEquals("", ranges("$x = $a && $b; $y = !$a; echo $a . $b; $z = $a ? 1 : 2;"));
    }
}
