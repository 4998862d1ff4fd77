package jzend.agent;

import jzend.zend.alloc.ZendAlloc;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

class MallocAllocTest {
    @Test
    void mirrorsEveryPublicStaticMethodOfTheInterfaceLayer() throws Exception {
        for (Method m : ZendAlloc.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isStatic(m.getModifiers())) continue;
            Method mirror = MallocAlloc.class.getMethod(m.getName(), m.getParameterTypes());
            assertTrue(Modifier.isStatic(mirror.getModifiers()), m.getName());
            assertEquals(m.getReturnType(), mirror.getReturnType(), m.getName() + Arrays.toString(m.getParameterTypes()));
        }
    }

    @Test
    void trackedTableSurvivesChurn() {
        TrackedAllocs t = new TrackedAllocs();
        java.util.Map<Long, Long> model = new java.util.HashMap<>();
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            long k = (r.nextInt(5000) + 1) * 16L;
            if (r.nextBoolean()) { t.put(k, i); model.put(k, (long) i); }
            else { t.remove(k); model.remove(k); }
            if (i % 997 == 0) {
                assertEquals(model.size(), t.count());
                for (var e : model.entrySet()) assertEquals(e.getValue(), t.get(e.getKey()));
            }
        }
        assertEquals(-1, t.get(16 * 6000L));
    }
}
