package jzend.zend.alloc;

import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NativeMemory's loads and stores agree with java.lang.foreign's view of the same bytes. */
class NativeMemoryTest {

    @Test
    void testJvmsUseTheIntrinsicPath() {
        // the build passes --add-exports java.base/jdk.internal.misc to its test JVMs, as the
        // jar's manifest does for java -jar; the VarHandle path runs in ClassicAgentIT (-cp)
        assertTrue(NativeMemory.INTRINSICS);
    }

    @Test
    void unalignedAccessesRoundTripThroughTheSegmentView() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment seg = arena.allocate(64, 8);
            long a = seg.address() + 3; // deliberately unaligned
            NativeMemory.putLong(a, 0x0102030405060708L);
            assertEquals(0x0102030405060708L, seg.get(ValueLayout.JAVA_LONG_UNALIGNED, 3));
            NativeMemory.putInt(a + 8, -5);
            assertEquals(-5, seg.get(ValueLayout.JAVA_INT_UNALIGNED, 11));
            NativeMemory.putShort(a + 12, (short) 0xBEEF);
            assertEquals((short) 0xBEEF, seg.get(ValueLayout.JAVA_SHORT_UNALIGNED, 15));
            NativeMemory.putByte(a + 14, (byte) 0x7F);
            assertEquals((byte) 0x7F, seg.get(ValueLayout.JAVA_BYTE, 17));
            NativeMemory.putDouble(a + 16, -0.1);
            assertEquals(-0.1, seg.get(ValueLayout.JAVA_DOUBLE_UNALIGNED, 19));
            seg.set(ValueLayout.JAVA_LONG_UNALIGNED, 27, Long.MIN_VALUE);
            assertEquals(Long.MIN_VALUE, NativeMemory.getLong(a + 24));
            assertEquals(0x7F, NativeMemory.getByte(a + 14));
            assertEquals((short) 0xBEEF, NativeMemory.getShort(a + 12));
            assertEquals(-5, NativeMemory.getInt(a + 8));
            assertEquals(-0.1, NativeMemory.getDouble(a + 16));
        }
    }
}
