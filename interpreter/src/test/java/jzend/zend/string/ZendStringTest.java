package jzend.zend.string;

import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendMemoryManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** zend_string's layout, sizes, refcounting and hashing, against php 8.2.36's figures. */
class ZendStringTest {
    private long baseline;

    @BeforeEach
    void start() {
        ZendMemoryManager.start_memory_manager(k -> null);
        ZendInternedStrings.init();
        baseline = AllocGlobals.mm_heap.size();
    }

    @AfterEach
    void stop() {
        ZendInternedStrings.deactivate();
        assertEquals(baseline, AllocGlobals.mm_heap.size(), "no string leaked");
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    private long used(Runnable r) {
        long before = AllocGlobals.mm_heap.size();
        r.run();
        return AllocGlobals.mm_heap.size() - before;
    }

    @Test
    void layoutAndAllocationSizesAreZendStringAlloc() {
        long s = ZendString.init("hello".getBytes(StandardCharsets.ISO_8859_1), false);
        assertEquals(1, ZendString.refcount(s));
        assertEquals(ZendString.GC_STRING, ZendString.typeInfo(s), "IS_STRING | NOT_COLLECTABLE = 22");
        assertEquals(5, ZendString.len(s));
        assertEquals(0, NativeMemory.getLong(s + ZendString.H), "hash not computed yet");
        assertEquals(0, NativeMemory.getByte(s + 24 + 5), "trailing NUL");
        assertEquals(32, AllocGlobals.mm_heap.blockSize(s), "ALIGN8(5 + 25) = 32");
        ZendString.release(s);
        // php: str_repeat lengths 1, 100, 1000, 3000, 5000 -> 40, 160, 1280, 3072, 8192 (safe_alloc: len + 32)
        long[][] rows = {{1, 40}, {100, 160}, {1000, 1280}, {3000, 3072}, {5000, 8192}, {3145728, 3149848}};
        for (long[] row : rows) {
            long[] str = new long[1];
            assertEquals(row[1], used(() -> str[0] = ZendString.safeAlloc(1, row[0], 0, false)), "str_repeat of " + row[0]);
            ZendString.release(str[0]);
        }
    }

    @Test
    void extendUsesLenPlus32AsIn8236() {
        long s = ZendString.init(new byte[]{'x'}, false);
        for (int i = 2; i <= 100; i++) {
            s = ZendString.extend(s, i, false);
            NativeMemory.putByte(ZendString.val(s) + i - 1, (byte) 'x');
        }
        assertEquals(160, AllocGlobals.mm_heap.blockSize(s), "php: .= growth to 100 chars costs 160");
        assertEquals("x".repeat(100), ZendString.toJavaString(s));
        ZendString.release(s);
    }

    @Test
    void refcountingAndSharedExtendCopies() {
        long s = ZendString.init("ab".getBytes(StandardCharsets.ISO_8859_1), false);
        assertEquals(s, ZendString.copy(s));
        assertEquals(2, ZendString.refcount(s));
        long t = ZendString.extend(s, 4, false); // shared: a new string, the old one loses a reference
        assertNotEquals(s, t);
        assertEquals(1, ZendString.refcount(s));
        assertEquals("ab", ZendString.toJavaString(t).substring(0, 2));
        ZendString.release(t);
        ZendString.release(s);
    }

    @Test
    void hashIsDjbTimes33OverSignedBytesWithTheTopBitSet() {
        // reference values computed with php-src's zend_inline_hash_func (x86-64, signed char)
        assertEquals(5381L | 0x8000000000000000L, ZendString.hashBytes(new byte[0], 0, 0));
        long h = 5381;
        for (byte b : "hello".getBytes(StandardCharsets.ISO_8859_1)) h = h * 33 + b;
        assertEquals(h | 0x8000000000000000L, ZendString.hashBytes("hello".getBytes(StandardCharsets.ISO_8859_1), 0, 5));
        long s = ZendString.init(new byte[]{(byte) 0xe9, 'a'}, false);
        assertEquals(((5381L * 33 + (byte) 0xe9) * 33 + 'a') | 0x8000000000000000L, ZendString.hash(s), "bytes >= 0x80 count as negative");
        assertEquals(ZendString.hash(s), NativeMemory.getLong(s + ZendString.H), "cached in h");
        ZendString.release(s);
    }

    @Test
    void internedStringsAreSharedAndNeverFreedByRelease() {
        long a = ZendInternedStrings.intern("literal".getBytes(StandardCharsets.ISO_8859_1));
        long b = ZendInternedStrings.intern("literal".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(a, b);
        assertTrue(ZendString.isInterned(a));
        ZendString.release(a);
        ZendString.release(a);
        assertEquals("literal", ZendString.toJavaString(a), "still there");
        assertEquals(ZendInternedStrings.oneChar('7'), ZendInternedStrings.intern("7".getBytes(StandardCharsets.ISO_8859_1)),
                "one-char strings are the permanent ones");
        assertEquals(0, ZendString.len(ZendInternedStrings.emptyString()));
        assertTrue(ZendString.isPersistent(ZendInternedStrings.emptyString()), "permanent strings live in persistent memory");
    }

    @Test
    void comparisonIsMemcmpThenLength() {
        long a = ZendString.init("abc".getBytes(StandardCharsets.ISO_8859_1), false);
        long b = ZendString.init("abd".getBytes(StandardCharsets.ISO_8859_1), false);
        long c = ZendString.init("ab".getBytes(StandardCharsets.ISO_8859_1), false);
        long d = ZendString.concat2(c, ZendInternedStrings.oneChar('c'));
        assertTrue(ZendString.compare(a, b) < 0);
        assertTrue(ZendString.compare(a, c) > 0);
        assertTrue(ZendString.equals(a, d));
        for (long s : new long[]{a, b, c, d}) ZendString.release(s);
    }
}
