package jzend.main.profile;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The recorder's own structures against plain models: the live-block table and the peak counters. */
class MemRecorderTablesTest {
    @Test
    void liveTableAgreesWithAHashMapUnderRandomPutsAndRemoves() {
        MemRecorder.LiveTable t = new MemRecorder.LiveTable();
        Map<Long, Integer> model = new HashMap<>();
        Random rnd = new Random(7);
        for (int op = 0; op < 300_000; op++) {
            // 8-byte aligned addresses from a small range, so that probes collide and wrap
            long key = 0x7f0000000000L + 8L * rnd.nextInt(20_000);
            if (rnd.nextInt(3) > 0 && !model.containsKey(key)) {
                int slot = t.put(key);
                assertFalse(model.containsValue(slot), "a slot handed out twice");
                model.put(key, slot);
            } else {
                Integer expected = model.remove(key);
                assertEquals(expected == null ? -1 : expected, t.remove(key));
            }
        }
        for (Map.Entry<Long, Integer> e : model.entrySet()) assertEquals(e.getValue(), t.remove(e.getKey()));
    }

    @Test
    void peakCountersGiveTheValuesAtTheLatestPeak() {
        MemRecorder.PeakCounters c = new MemRecorder.PeakCounters(2);
        Random rnd = new Random(11);
        int epoch = 1;
        long[] now = new long[50], atPeak = new long[50];
        long total = 0, peak = 0;
        for (int op = 0; op < 100_000; op++) {
            int i = rnd.nextInt(50);
            long d = now[i] > 0 && rnd.nextBoolean() ? -rnd.nextInt((int) Math.min(now[i], 1000) + 1) : rnd.nextInt(1000);
            c.add(i, d, 2 * d, 1, epoch);
            now[i] += d;
            total += d;
            if (total > peak) {
                peak = total;
                epoch++;
                atPeak = now.clone();
            }
        }
        for (int i = 0; i < 50; i++) {
            assertEquals(now[i], c.now(i, 0));
            assertEquals(atPeak[i], c.atPeak(i, 0, epoch), "index " + i);
            assertEquals(2 * atPeak[i], c.atPeak(i, 1, epoch));
        }
    }
}
