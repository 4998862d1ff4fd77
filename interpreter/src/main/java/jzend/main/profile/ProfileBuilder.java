package jzend.main.profile;

import jzend.zend.alloc.AllocObserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a stopped {@link MemRecorder} into the profile document (the JSON schema of the README's
 * "Memory profiles" section): maps, lists, strings and longs only, so that a profile read back
 * from a file is the same kind of object as one just recorded.
 */
final class ProfileBuilder {
    private ProfileBuilder() {}

    /** Call-path nodes below this fraction of the run's bytes are folded into "(below threshold)". */
    static final double TREE_THRESHOLD = 0.001;

    static Map<String, Object> build(MemRecorder r, String script, String command) {
        Map<String, Object> p = MemRecorder.obj();
        p.put("format", "jzend-mem-profile");
        p.put("version", 1L);
        p.put("allocator", r.allocator);
        p.put("script", script);
        p.put("command", command);
        p.put("clock", "events: allocations + reallocations + frees");

        Map<String, Object> s = MemRecorder.obj();
        s.put("events", r.events);
        s.put("allocs", r.allocs);
        s.put("reallocs", r.reallocs);
        s.put("frees", r.frees);
        s.put("bytes_requested", r.totalRequested);
        s.put("bytes_granted", r.totalGranted);
        s.put("waste", r.totalGranted - r.totalRequested);
        s.put("baseline_usage", r.baselineUsage);
        s.put("peak_time", r.peakTime);
        s.put("peak_blocks", r.peakCount);
        s.put("peak_requested", r.peakRequested);
        s.put("peak_granted", r.peakGranted);
        s.put("peak_waste", r.peakGranted - r.peakRequested);
        s.put("peak_usage", r.maxUsage);
        s.put("end_blocks", r.liveCount);
        s.put("end_requested", r.liveRequested);
        s.put("end_granted", r.liveGranted);
        s.put("end_usage", r.usage());
        s.put("real_start", r.startReal);
        if (r.zendMM) s.put("real_at_peak", r.peakReal);
        s.put("real_max", r.maxReal);
        s.put("real_growth", r.maxReal - r.startReal);
        if (r.zendMM) {
            s.put("chunks_at_peak", r.peakChunks);
            s.put("chunks_max", r.maxChunks);
        }
        s.put("call_paths", (long) r.nodeCount());
        s.put("wall_ms", Math.round(r.wallNanos / 1e5) / 10.0);
        p.put("summary", s);

        List<Object> classes = new ArrayList<>();
        for (int c = 0; c < MemRecorder.CLASSES; c++) {
            if (r.classAllocs[c] == 0) continue;
            String[] label = r.classLabel(c);
            Map<String, Object> m = MemRecorder.obj();
            m.put("class", label[0]);
            m.put("size", Long.parseLong(label[1]));
            m.put("allocs", r.classAllocs[c]);
            m.put("bytes_requested", r.classRequested[c]);
            m.put("bytes_granted", r.classGranted[c]);
            m.put("peak_blocks", r.classLive.atPeak(c, 2, r.epoch));
            m.put("peak_requested", r.classLive.atPeak(c, 0, r.epoch));
            m.put("peak_granted", r.classLive.atPeak(c, 1, r.epoch));
            m.put("end_blocks", r.classLive.now(c, 2));
            classes.add(m);
        }
        p.put("size_classes", classes);

        List<Object> kinds = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Map<String, Object> m = MemRecorder.obj();
            m.put("kind", AllocObserver.KIND_NAMES[k]);
            m.put("allocs", r.kindAllocs[k]);
            m.put("bytes_requested", r.kindRequested[k]);
            m.put("bytes_granted", r.kindGranted[k]);
            m.put("peak_blocks", r.kindLive.atPeak(k, 2, r.epoch));
            m.put("peak_requested", r.kindLive.atPeak(k, 0, r.epoch));
            m.put("peak_granted", r.kindLive.atPeak(k, 1, r.epoch));
            m.put("end_blocks", r.kindLive.now(k, 2));
            m.put("end_requested", r.kindLive.now(k, 0));
            m.put("end_granted", r.kindLive.now(k, 1));
            kinds.add(m);
        }
        p.put("kinds", kinds);

        p.put("tree_peak", tree(r, true));
        p.put("tree_end", tree(r, false));

        Map<String, Object> tl = MemRecorder.obj();
        tl.put("columns", List.of("time", "requested", "granted", "usage", "real", "granted_max"));
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < r.samples(); i++) {
            List<Object> row = new ArrayList<>(MemRecorder.TL);
            for (int f = 0; f < MemRecorder.TL; f++) row.add(r.timeline(i, f));
            rows.add(row);
        }
        tl.put("rows", rows);
        p.put("timeline", tl);

        List<Object> cps = new ArrayList<>();
        for (long[] c : r.checkpoints) {
            Map<String, Object> m = MemRecorder.obj();
            m.put("time", c[0]);
            m.put("query", c[1] == 1 ? "memory_get_peak_usage" : "memory_get_usage");
            m.put("reported", c[2]);
            m.put("recorded", c[3]);
            cps.add(m);
        }
        p.put("checkpoints", cps);
        if (r.checkpointsDropped > 0) p.put("checkpoints_dropped", r.checkpointsDropped);
        return p;
    }

    /** The call-path tree (inclusive figures) at the peak or at the end, small branches folded. */
    private static Map<String, Object> tree(MemRecorder r, boolean atPeak) {
        int n = r.nodeCount();
        long[] req = new long[n], gr = new long[n], blocks = new long[n], allocs = new long[n], allocBytes = new long[n];
        for (int i = 0; i < n; i++) {
            req[i] = atPeak ? r.nodeLive.atPeak(i, 0, r.epoch) : r.nodeLive.now(i, 0);
            gr[i] = atPeak ? r.nodeLive.atPeak(i, 1, r.epoch) : r.nodeLive.now(i, 1);
            blocks[i] = atPeak ? r.nodeLive.atPeak(i, 2, r.epoch) : r.nodeLive.now(i, 2);
            allocs[i] = r.nodeAllocs[i];
            allocBytes[i] = r.nodeAllocBytes[i];
        }
        for (int i = n - 1; i >= 1; i--) {
            int parent = r.nodeParent(i);
            req[parent] += req[i];
            gr[parent] += gr[i];
            blocks[parent] += blocks[i];
            allocs[parent] += allocs[i];
            allocBytes[parent] += allocBytes[i];
        }
        // children lists
        int[] firstChild = new int[n], nextSibling = new int[n];
        java.util.Arrays.fill(firstChild, -1);
        for (int i = n - 1; i >= 1; i--) {
            int parent = r.nodeParent(i);
            nextSibling[i] = firstChild[parent];
            firstChild[parent] = i;
        }
        long thrLive = (long) Math.ceil(gr[0] * TREE_THRESHOLD);
        long thrAlloc = (long) Math.ceil(allocBytes[0] * TREE_THRESHOLD);
        return node(r, 0, firstChild, nextSibling, req, gr, blocks, allocs, allocBytes, Math.max(1, thrLive), Math.max(1, thrAlloc));
    }

    private static Map<String, Object> node(MemRecorder r, int i, int[] firstChild, int[] nextSibling, long[] req, long[] gr,
                                            long[] blocks, long[] allocs, long[] allocBytes, long thrLive, long thrAlloc) {
        Map<String, Object> m = MemRecorder.obj();
        m.put("name", r.nodeName[i]);
        if (r.nodeFile[i] != null) {
            m.put("file", r.nodeFile[i]);
            m.put("line", (long) r.nodeLine(i));
        }
        m.put("requested", req[i]);
        m.put("granted", gr[i]);
        m.put("blocks", blocks[i]);
        m.put("allocs", allocs[i]);
        m.put("alloc_bytes", allocBytes[i]);
        List<Map<String, Object>> kids = new ArrayList<>();
        long oReq = 0, oGr = 0, oBlocks = 0, oAllocs = 0, oBytes = 0;
        int oCount = 0;
        for (int c = firstChild[i]; c >= 0; c = nextSibling[c]) {
            if (gr[c] == 0 && allocBytes[c] == 0 && blocks[c] == 0) continue;
            if (gr[c] >= thrLive || allocBytes[c] >= thrAlloc) {
                kids.add(node(r, c, firstChild, nextSibling, req, gr, blocks, allocs, allocBytes, thrLive, thrAlloc));
            } else {
                oReq += req[c];
                oGr += gr[c];
                oBlocks += blocks[c];
                oAllocs += allocs[c];
                oBytes += allocBytes[c];
                oCount++;
            }
        }
        kids.sort((a, b) -> {
            int x = Long.compare((Long) b.get("granted"), (Long) a.get("granted"));
            return x != 0 ? x : Long.compare((Long) b.get("alloc_bytes"), (Long) a.get("alloc_bytes"));
        });
        if (oCount > 0) {
            Map<String, Object> o = MemRecorder.obj();
            o.put("name", "(" + oCount + " below threshold)");
            o.put("requested", oReq);
            o.put("granted", oGr);
            o.put("blocks", oBlocks);
            o.put("allocs", oAllocs);
            o.put("alloc_bytes", oBytes);
            o.put("children", List.of());
            kids.add(o);
        }
        m.put("children", new ArrayList<Object>(kids));
        return m;
    }
}
