package jzend.zend.string;

import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.ZendMemoryManager;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

import static org.junit.jupiter.api.Assertions.*;

/** Strings are bytes: any sequence of bytes 0–255 round-trips, hashes and interns consistently. */
class ZendStringProperties {
    @BeforeTry
    void start() {
        ZendMemoryManager.start_memory_manager(k -> null);
        ZendInternedStrings.init();
    }

    @AfterTry
    void stop() {
        ZendInternedStrings.deactivate();
        assertEquals(0, AllocGlobals.mm_heap.size(), "everything freed");
        ZendMemoryManager.shutdown_memory_manager(true, true);
    }

    @Property(tries = 300)
    void anyBytesRoundTrip(@ForAll @Size(max = 5000) byte[] bytes) {
        long s = ZendString.init(bytes, false);
        assertArrayEquals(bytes, ZendString.bytes(s));
        assertTrue(AllocGlobals.mm_heap.blockSize(s) >= ZendString.allocSize(bytes.length), "the block holds ALIGN8(len + 25)");
        assertEquals(ZendString.hashBytes(bytes, 0, bytes.length), ZendString.hash(s));
        assertTrue(ZendString.hash(s) < 0, "the top bit is always set");
        ZendString.release(s);
    }

    @Property(tries = 200)
    void concatAndExtendKeepEveryByte(@ForAll @Size(max = 300) byte[] a, @ForAll @Size(max = 300) byte[] b) {
        long sa = ZendString.init(a, false), sb = ZendString.init(b, false);
        long c = ZendString.concat2(sa, sb);
        byte[] expected = new byte[a.length + b.length];
        System.arraycopy(a, 0, expected, 0, a.length);
        System.arraycopy(b, 0, expected, a.length, b.length);
        assertArrayEquals(expected, ZendString.bytes(c));
        long e = ZendString.extend(sa, a.length + b.length, false);
        jzend.zend.alloc.NativeMemory.copyFromArray(b, 0, ZendString.val(e) + a.length, b.length);
        assertTrue(ZendString.equals(c, e));
        ZendString.release(c);
        ZendString.release(e);
        ZendString.release(sb);
    }

    @Property(tries = 200)
    void internedCopiesAreOneString(@ForAll @Size(max = 40) byte[] bytes) {
        long a = ZendInternedStrings.intern(bytes), b = ZendInternedStrings.intern(bytes.clone());
        assertEquals(a, b);
        assertArrayEquals(bytes, ZendString.bytes(a));
    }
}
