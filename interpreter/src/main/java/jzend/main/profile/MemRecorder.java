package jzend.main.profile;

import jzend.zend.ExecutorGlobals;
import jzend.zend.ZendInternalFunctions;
import jzend.zend.alloc.AllocObserver;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMMBins;
import jzend.zend.compile.ZendOpArray;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendFunctions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a run's allocations (the memory profiler behind {@code --mem-profile}): every
 * allocation, reallocation and free the interface layer reports, with the requested and granted
 * sizes, the PHP call path and line, and the kind of block. Keeps everything on the Java heap, so
 * the allocator under observation sees exactly the requests it would see without the recorder.
 *
 * <p>Bounded whatever the run's length: live blocks sit in an open-addressing table, call paths
 * in a trie of (function, line) nodes, the timeline is sampled on an event clock whose step
 * doubles when the buffer is full. The exact state at the peak is kept without copying anything
 * at each new peak: counters touched after the latest peak save their value at the peak first
 * (a per-counter stamp against a peak epoch).
 */
public final class MemRecorder extends AllocObserver {
    static final int TIMELINE_MAX = 512;
    static final int MAX_CHECKPOINTS = 10_000;
    static final int ROOT = 0, ENGINE = 1;
    /** A frame key's func for the {engine} pseudo-frame (no PHP frame running). */
    static final int ENGINE_FUNC = Integer.MIN_VALUE;
    /** The pseudo-frame standing for the middle of a call path deeper than {@link #MAX_DEPTH}. */
    static final int ELIDED_FUNC = Integer.MIN_VALUE + 1;
    /** Deeper paths keep their outermost and innermost MAX_DEPTH / 2 frames. */
    static final int MAX_DEPTH = 128;

    final boolean zendMM;
    final boolean trackedMalloc;
    final String allocator;
    private final long[] stats = new long[5];

    // figures at install time
    final long baselineUsage, startPeak, startReal;
    private long baselineAdjust; // frees of blocks allocated before recording

    // totals
    long events, allocs, reallocs, frees, totalRequested, totalGranted;
    long liveRequested, liveGranted, liveCount;
    long peakRequested, peakGranted, peakCount, peakTime, peakReal, peakChunks;
    long peakSinceReset, maxUsage;
    long maxReal, maxChunks;
    int epoch = 1;

    // live blocks: ptr -> slot
    private final LiveTable live = new LiveTable();
    private long[] slotRequested = new long[1024], slotGranted = new long[1024];
    private int[] slotNode = new int[1024];
    private byte[] slotKind = new byte[1024];
    private short[] slotClass = new short[1024];

    // call-path trie
    private final LongIntMap children = new LongIntMap();
    private int nodeCount;
    private int[] nodeParent = new int[256], nodeFunc = new int[256], nodeLine = new int[256];
    final PeakCounters nodeLive = new PeakCounters(256);
    long[] nodeAllocs = new long[256], nodeAllocBytes = new long[256];
    private int[] frameFunc = new int[64], frameLine = new int[64];

    // kinds and size classes
    static final int CLASSES = 1024;
    final PeakCounters kindLive = new PeakCounters(4);
    final long[] kindAllocs = new long[4], kindRequested = new long[4], kindGranted = new long[4];
    final PeakCounters classLive = new PeakCounters(CLASSES);
    final long[] classAllocs = new long[CLASSES], classRequested = new long[CLASSES], classGranted = new long[CLASSES];

    // timeline: time, requested, granted, usage, real, the most granted since the previous sample
    static final int TL = 6;
    private long step = 1;
    private int samples;
    private long windowMax;
    private long[] tl = new long[TIMELINE_MAX * TL];

    // memory_get_usage()/memory_get_peak_usage() answers, with the recorder's own figure
    final List<long[]> checkpoints = new ArrayList<>();
    long checkpointsDropped;

    // resolved when a node is created (the request's functions are gone by the end)
    String[] nodeName = new String[256], nodeFile = new String[256];
    long wallNanos;
    private long startNanos;
    boolean stopped;

    public MemRecorder() {
        zendMM = ZendAlloc.is_zend_mm();
        trackedMalloc = !zendMM && ZendAlloc.zend_mm_status().contains("(tracked)");
        allocator = zendMM ? "zendmm" : trackedMalloc ? "malloc (tracked)" : "malloc";
        ZendAlloc.profile_stats(stats);
        baselineUsage = stats[0];
        startPeak = stats[1];
        startReal = real();
        peakSinceReset = startPeak;
        maxUsage = baselineUsage;
        peakReal = maxReal = startReal;
        peakChunks = maxChunks = stats[4];
        newNode(-1, 0, 0);            // ROOT
        newNode(ROOT, ENGINE_FUNC, 0); // {engine}
        sample();
    }

    /** Installs this recorder as the allocator's observer. */
    public MemRecorder start() {
        startNanos = System.nanoTime();
        AllocObserver.kind = KIND_OTHER;
        AllocObserver.current = this;
        return this;
    }

    /** Stops recording: the last sample, and the names of the call paths (while the functions exist). */
    public MemRecorder stop() {
        if (stopped) return this;
        if (AllocObserver.current == this) AllocObserver.current = null;
        wallNanos = System.nanoTime() - startNanos;
        stopped = true;
        if (samples == 0 || tl[(samples - 1) * TL] != events) addSample();
        if (zendMM) {
            ZendAlloc.profile_stats(stats);
            maxReal = Math.max(maxReal, stats[3]);
        }
        maxReal = Math.max(maxReal, peakReal);
        return this;
    }

    // ------------------------------------------------------------------ the observer

    @Override
    public void alloc(long ptr, long requested, long granted) {
        byte k = AllocObserver.kind;
        AllocObserver.kind = KIND_OTHER;
        events++;
        allocs++;
        add(ptr, requested, granted, k, callPath());
        afterEvent();
    }

    @Override
    public void realloc(long oldPtr, long oldGranted, long newPtr, long requested, long granted) {
        byte k = AllocObserver.kind;
        AllocObserver.kind = KIND_OTHER;
        events++;
        reallocs++;
        if (oldPtr != 0) {
            int slot = live.remove(oldPtr);
            if (slot >= 0) {
                if (k == KIND_OTHER) k = slotKind[slot];
                removeSlot(slot);
            } else {
                baselineAdjust -= oldGranted;
            }
        }
        if (newPtr != 0) add(newPtr, requested, granted, k, callPath());
        afterEvent();
    }

    @Override
    public void free(long ptr, long granted) {
        events++;
        frees++;
        int slot = live.remove(ptr);
        if (slot >= 0) removeSlot(slot);
        else baselineAdjust -= granted;
        afterEvent();
    }

    @Override
    public void usageQueried(boolean peak, boolean real, long value) {
        if (real) return;
        if (checkpoints.size() >= MAX_CHECKPOINTS) {
            checkpointsDropped++;
            return;
        }
        checkpoints.add(new long[]{events, peak ? 1 : 0, value, peak ? peakSinceReset : usage()});
    }

    @Override
    public void peakReset() {
        peakSinceReset = usage();
    }

    // ------------------------------------------------------------------ bookkeeping

    /** The allocator's usage figure as memory_get_usage() reports it, computed from the records. */
    long usage() {
        if (zendMM) return baselineUsage + baselineAdjust + liveGranted;
        if (trackedMalloc) return baselineUsage + baselineAdjust + liveRequested;
        return 0;
    }

    private void add(long ptr, long requested, long granted, byte k, int node) {
        int slot = live.put(ptr);
        if (slot >= slotNode.length) growSlots(slot);
        int cls = sizeClass(granted);
        slotRequested[slot] = requested;
        slotGranted[slot] = granted;
        slotNode[slot] = node;
        slotKind[slot] = k;
        slotClass[slot] = (short) cls;
        liveRequested += requested;
        liveGranted += granted;
        liveCount++;
        totalRequested += requested;
        totalGranted += granted;
        int e = epoch;
        nodeLive.add(node, requested, granted, 1, e);
        nodeAllocs[node]++;
        nodeAllocBytes[node] += granted;
        kindLive.add(k, requested, granted, 1, e);
        kindAllocs[k]++;
        kindRequested[k] += requested;
        kindGranted[k] += granted;
        classLive.add(cls, requested, granted, 1, e);
        classAllocs[cls]++;
        classRequested[cls] += requested;
        classGranted[cls] += granted;
    }

    private void removeSlot(int slot) {
        long r = slotRequested[slot], g = slotGranted[slot];
        liveRequested -= r;
        liveGranted -= g;
        liveCount--;
        int e = epoch;
        nodeLive.add(slotNode[slot], -r, -g, -1, e);
        kindLive.add(slotKind[slot], -r, -g, -1, e);
        classLive.add(slotClass[slot], -r, -g, -1, e);
    }

    private void afterEvent() {
        if (liveGranted > peakGranted) {
            peakGranted = liveGranted;
            peakRequested = liveRequested;
            peakCount = liveCount;
            peakTime = events;
            epoch++;
            if (zendMM) {
                ZendAlloc.profile_stats(stats);
                peakReal = stats[2];
                peakChunks = stats[4];
            }
        }
        long u = usage();
        if (u > peakSinceReset) peakSinceReset = u;
        if (u > maxUsage) maxUsage = u;
        if (liveGranted > windowMax) windowMax = liveGranted;
        if (events % step == 0) sample();
    }

    private void growSlots(int slot) {
        int n = Math.max(slot + 1, slotNode.length * 2);
        slotRequested = Arrays.copyOf(slotRequested, n);
        slotGranted = Arrays.copyOf(slotGranted, n);
        slotNode = Arrays.copyOf(slotNode, n);
        slotKind = Arrays.copyOf(slotKind, n);
        slotClass = Arrays.copyOf(slotClass, n);
    }

    /** The size class of a granted size: ZendMM's bin, page run or huge; malloc's usable sizes. */
    int sizeClass(long granted) {
        if (zendMM) {
            if (granted <= 3072) return ZendMMBins.sizeToBin(granted);
            if (granted <= 2093056) return 30 + (int) ((granted + 4095) / 4096) - 1; // 30..540
            return 541;
        }
        if (granted < 8192) return (int) (granted >>> 4); // glibc's usable sizes 16k+8: 0..511
        return 512 + (63 - Long.numberOfLeadingZeros(granted)); // powers of two
    }

    /** A readable name and a representative size of a size class. */
    String[] classLabel(int cls) {
        if (zendMM) {
            if (cls < 30) return new String[]{"bin " + cls, String.valueOf(ZendMMBins.binSize(cls))};
            if (cls <= 540) {
                int pages = cls - 29;
                return new String[]{pages + (pages == 1 ? " page" : " pages"), String.valueOf(pages * 4096L)};
            }
            return new String[]{"huge", "0"};
        }
        if (cls < 512) return new String[]{"usable " + (cls * 16 + 8), String.valueOf(cls * 16L + 8)};
        int b = cls - 512;
        return new String[]{"usable " + human(1L << b) + "-" + human(1L << (b + 1)), String.valueOf(1L << b)};
    }

    static String human(long b) {
        if (b >= 1 << 30 && b % (1 << 30) == 0) return (b >> 30) + " GiB";
        if (b >= 1 << 20 && b % (1 << 20) == 0) return (b >> 20) + " MiB";
        if (b >= 1 << 10 && b % (1 << 10) == 0) return (b >> 10) + " KiB";
        return b + " B";
    }

    // ------------------------------------------------------------------ call paths

    /** The trie node of the current PHP call path (frames from {main} to the innermost, each with its line). */
    private int callPath() {
        long ex = ExecutorGlobals.current_execute_data;
        if (ex == 0) return ENGINE;
        int depth = 0;
        for (long f = ex; f != 0; f = ZendExecuteData.prev(f)) {
            if (depth == frameFunc.length) {
                frameFunc = Arrays.copyOf(frameFunc, depth * 2);
                frameLine = Arrays.copyOf(frameLine, depth * 2);
            }
            int func = ZendExecuteData.func(f);
            frameFunc[depth] = func;
            frameLine[depth] = func < 0 ? 0 : lineOf(f, func);
            depth++;
        }
        int node = ROOT;
        if (depth <= MAX_DEPTH) {
            for (int i = depth - 1; i >= 0; i--) node = child(node, frameFunc[i], frameLine[i]);
            return node;
        }
        int half = MAX_DEPTH / 2;
        for (int i = depth - 1; i >= depth - half; i--) node = child(node, frameFunc[i], frameLine[i]);
        node = child(node, ELIDED_FUNC, 0);
        for (int i = half - 1; i >= 0; i--) node = child(node, frameFunc[i], frameLine[i]);
        return node;
    }

    private static int lineOf(long f, int func) {
        ZendOpArray op = ZendFunctions.opArray(func);
        if (op == null) return 0;
        int opline = ZendExecuteData.opline(f);
        return opline >= 0 && opline < op.opcodes.length ? op.opcodes[opline].lineno : op.lineStart;
    }

    private int child(int parent, int func, int line) {
        long key = ((long) parent << 40) ^ ((long) (func & 0xFFFFF) << 20) ^ (line & 0xFFFFFL)
                ^ ((long) (func >>> 20) * 0x9E3779B97F4A7C15L);
        int n = children.get(key);
        if (n >= 0 && nodeParent[n] == parent && nodeFunc[n] == func && nodeLine[n] == line) return n;
        if (n >= 0) {
            // a key collision (a function index or line beyond the packed range): linear search
            for (int i = 0; i < nodeCount; i++) {
                if (nodeParent[i] == parent && nodeFunc[i] == func && nodeLine[i] == line) return i;
            }
            return newNode(parent, func, line);
        }
        n = newNode(parent, func, line);
        children.put(key, n);
        return n;
    }

    private int newNode(int parent, int func, int line) {
        int n = nodeCount++;
        if (n == nodeParent.length) {
            int cap = n * 2;
            nodeParent = Arrays.copyOf(nodeParent, cap);
            nodeFunc = Arrays.copyOf(nodeFunc, cap);
            nodeLine = Arrays.copyOf(nodeLine, cap);
            nodeAllocs = Arrays.copyOf(nodeAllocs, cap);
            nodeAllocBytes = Arrays.copyOf(nodeAllocBytes, cap);
            nodeName = Arrays.copyOf(nodeName, cap);
            nodeFile = Arrays.copyOf(nodeFile, cap);
        }
        nodeParent[n] = parent;
        nodeFunc[n] = func;
        nodeLine[n] = line;
        nodeFile[n] = null;
        if (n == ROOT) nodeName[n] = "(all)";
        else if (func == ENGINE_FUNC) nodeName[n] = "{engine}";
        else if (func == ELIDED_FUNC) nodeName[n] = "(deeper frames)";
        else if (func < 0) {
            String name;
            try {
                name = ZendInternalFunctions.entry(func).name();
            } catch (RuntimeException e) {
                name = "(internal function)";
            }
            nodeName[n] = name;
        } else {
            ZendOpArray op = ZendFunctions.opArray(func);
            nodeName[n] = op == null ? "(function " + func + ")"
                    : parent == ROOT || op.functionName.length == 0 ? "{main}"
                    : new String(op.functionName, StandardCharsets.ISO_8859_1);
            nodeFile[n] = op == null ? null : new String(op.filename, StandardCharsets.ISO_8859_1);
        }
        return n;
    }

    int nodeCount() { return nodeCount; }
    int nodeParent(int n) { return nodeParent[n]; }
    int nodeLine(int n) { return nodeLine[n]; }

    // ------------------------------------------------------------------ timeline

    private long real() {
        if (zendMM) {
            ZendAlloc.profile_stats(stats);
            return stats[2];
        }
        return GlibcHeap.size();
    }

    private void sample() {
        if (samples == TIMELINE_MAX) {
            // keep every other sample; the clock's step doubles
            int k = 0;
            for (int i = 0; i < samples; i += 2, k++) {
                long max = tl[i * TL + 5];
                if (i > 0) max = Math.max(max, tl[(i - 1) * TL + 5]);
                System.arraycopy(tl, i * TL, tl, k * TL, TL);
                tl[k * TL + 5] = max;
            }
            samples = k;
            step *= 2;
            if (events % step != 0) return;
        }
        addSample();
    }

    private void addSample() {
        long r = real();
        if (r > maxReal) maxReal = r;
        if (zendMM && stats[4] > maxChunks) maxChunks = stats[4];
        if (samples == TIMELINE_MAX) samples--; // the final sample replaces the last one
        int b = samples * TL;
        tl[b] = events;
        tl[b + 1] = liveRequested;
        tl[b + 2] = liveGranted;
        tl[b + 3] = usage();
        tl[b + 4] = r;
        tl[b + 5] = Math.max(windowMax, liveGranted);
        windowMax = liveGranted;
        samples++;
    }

    int samples() { return samples; }
    long timeline(int i, int field) { return tl[i * TL + field]; }

    // ------------------------------------------------------------------ the profile

    /** The recorded run as a profile (the JSON document's tree), once stopped. */
    public Map<String, Object> toProfile(String script, String command) {
        if (!stopped) stop();
        return ProfileBuilder.build(this, script, command);
    }

    /** Counters of (requested, granted, count) per index, with their values at the latest peak. */
    static final class PeakCounters {
        long[] v, atPeak;
        int[] stamp;

        PeakCounters(int cap) {
            v = new long[cap * 3];
            atPeak = new long[cap * 3];
            stamp = new int[cap];
        }

        void add(int i, long req, long gr, long cnt, int epoch) {
            if (i >= stamp.length) {
                int cap = Math.max(i + 1, stamp.length * 2);
                v = Arrays.copyOf(v, cap * 3);
                atPeak = Arrays.copyOf(atPeak, cap * 3);
                stamp = Arrays.copyOf(stamp, cap);
            }
            int b = i * 3;
            if (stamp[i] != epoch) {
                atPeak[b] = v[b];
                atPeak[b + 1] = v[b + 1];
                atPeak[b + 2] = v[b + 2];
                stamp[i] = epoch;
            }
            v[b] += req;
            v[b + 1] += gr;
            v[b + 2] += cnt;
        }

        /** field 0 requested, 1 granted, 2 count: now. */
        long now(int i, int field) {
            return i < stamp.length ? v[i * 3 + field] : 0;
        }

        /** The value at the latest peak. */
        long atPeak(int i, int field, int epoch) {
            if (i >= stamp.length) return 0;
            return stamp[i] == epoch ? atPeak[i * 3 + field] : v[i * 3 + field];
        }
    }

    /** Open addressing ptr -> slot, linear probing with backward-shift deletion; freed slots are reused. */
    static final class LiveTable {
        private long[] keys = new long[4096];
        private int[] vals = new int[4096];
        private int size, mask = 4095;
        private int[] freeSlots = new int[256];
        private int freeCount, nextSlot;

        private static int hash(long k) {
            long h = k * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }

        int put(long k) {
            if (size * 2 >= keys.length) rehash();
            int slot = freeCount > 0 ? freeSlots[--freeCount] : nextSlot++;
            int i = hash(k) & mask;
            while (keys[i] != 0) {
                if (keys[i] == k) { // an address handed out again without a free we saw
                    vals[i] = slot;
                    return slot;
                }
                i = (i + 1) & mask;
            }
            keys[i] = k;
            vals[i] = slot;
            size++;
            return slot;
        }

        /** Removes k; returns its slot (now free for reuse) or -1. */
        int remove(long k) {
            int i = hash(k) & mask;
            while (keys[i] != k) {
                if (keys[i] == 0) return -1;
                i = (i + 1) & mask;
            }
            int slot = vals[i];
            // backward-shift deletion
            int j = i;
            while (true) {
                j = (j + 1) & mask;
                if (keys[j] == 0) break;
                int home = hash(keys[j]) & mask;
                boolean move = (j > i) ? (home <= i || home > j) : (home <= i && home > j);
                if (move) {
                    keys[i] = keys[j];
                    vals[i] = vals[j];
                    i = j;
                }
            }
            keys[i] = 0;
            size--;
            if (freeCount == freeSlots.length) freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
            freeSlots[freeCount++] = slot;
            return slot;
        }

        private void rehash() {
            long[] ok = keys;
            int[] ov = vals;
            keys = new long[ok.length * 2];
            vals = new int[ok.length * 2];
            mask = keys.length - 1;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] == 0) continue;
                int j = hash(ok[i]) & mask;
                while (keys[j] != 0) j = (j + 1) & mask;
                keys[j] = ok[i];
                vals[j] = ov[i];
            }
        }
    }

    /** Open addressing long -> int (no removal); -1 when absent. */
    static final class LongIntMap {
        private long[] keys = new long[1024];
        private int[] vals = new int[1024];
        private boolean[] used = new boolean[1024];
        private int size, mask = 1023;

        private static int hash(long k) {
            long h = k * 0xC2B2AE3D27D4EB4FL;
            return (int) (h ^ (h >>> 29));
        }

        int get(long k) {
            int i = hash(k) & mask;
            while (used[i]) {
                if (keys[i] == k) return vals[i];
                i = (i + 1) & mask;
            }
            return -1;
        }

        void put(long k, int v) {
            if (size * 2 >= keys.length) rehash();
            int i = hash(k) & mask;
            while (used[i]) {
                if (keys[i] == k) {
                    vals[i] = v;
                    return;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = k;
            vals[i] = v;
            size++;
        }

        private void rehash() {
            long[] ok = keys;
            int[] ov = vals;
            boolean[] ou = used;
            keys = new long[ok.length * 2];
            vals = new int[ok.length * 2];
            used = new boolean[ok.length * 2];
            mask = keys.length - 1;
            size = 0;
            for (int i = 0; i < ok.length; i++) if (ou[i]) put(ok[i], ov[i]);
        }
    }

    /** Handy for the builder: a fresh ordered map. */
    static Map<String, Object> obj() {
        return new LinkedHashMap<>();
    }
}
