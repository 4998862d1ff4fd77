package jzend.main.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile in valgrind massif's {@code massif.out} layout, for ms_print and massif-visualizer:
 * one snapshot per timeline sample ({@code mem_heap_B} = bytes the script asked for,
 * {@code mem_heap_extra_B} = what the allocator granted on top: bin rounding, page runs, huge
 * mappings), the peak as a detailed {@code heap_tree=peak} snapshot and the end as a detailed one.
 * Trees are massif's: allocating function first, callers below, each frame labelled with its
 * location, branches under 1% of the snapshot folded into "in N places" lines.
 */
public final class MassifWriter {
    private MassifWriter() {}

    static final double THRESHOLD = 0.01;
    static final String ROOT_LABEL = "(heap allocation functions) malloc/new/new[], --alloc-fns, etc.";

    public static String write(Profile p) {
        StringBuilder sb = new StringBuilder();
        sb.append("desc: jzend --mem-profile, allocator ").append(p.allocator())
                .append("; time = allocation events, heap = bytes requested, extra = granted - requested\n");
        sb.append("cmd: ").append(oneLine(p.str("command"))).append('\n');
        sb.append("time_unit: i\n");
        List<List<Object>> rows = p.timeline();
        long peakTime = p.sum("peak_time");
        long peakReq = p.sum("peak_requested"), peakGr = p.sum("peak_granted");
        Map<String, Integer> ids = new HashMap<>();
        int snapshot = 0;
        boolean peakDone = false;
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            long t = Profile.num(row.get(0)), req = Profile.num(row.get(1)), gr = Profile.num(row.get(2));
            boolean last = i == rows.size() - 1;
            if (!peakDone && peakTime <= t && peakGr > 0) {
                header(sb, snapshot++, peakTime, peakReq, peakGr - peakReq);
                sb.append("heap_tree=peak\n");
                tree(sb, p.map("tree_peak"), peakReq, ids);
                peakDone = true;
                if (t == peakTime && !last) continue;
            }
            header(sb, snapshot++, t, req, Math.max(0, gr - req));
            if (last) {
                sb.append("heap_tree=detailed\n");
                tree(sb, p.map("tree_end"), req, ids);
            } else {
                sb.append("heap_tree=empty\n");
            }
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private static void header(StringBuilder sb, int n, long time, long heap, long extra) {
        sb.append("#-----------\nsnapshot=").append(n).append("\n#-----------\n");
        sb.append("time=").append(time).append('\n');
        sb.append("mem_heap_B=").append(heap).append('\n');
        sb.append("mem_heap_extra_B=").append(extra).append('\n');
        sb.append("mem_stacks_B=0\n");
    }

    /** An inverted (callee-first) tree node. */
    private static final class Node {
        final String label;
        long bytes;
        final Map<String, Node> kids = new LinkedHashMap<>();

        Node(String label) {
            this.label = label;
        }
    }

    private static void tree(StringBuilder sb, Map<String, Object> callTree, long total, Map<String, Integer> ids) {
        Node root = new Node(ROOT_LABEL);
        for (Map<String, Object> top : Profile.children(callTree)) collect(top, new ArrayList<>(), root);
        root.bytes = 0;
        for (Node k : root.kids.values()) root.bytes += k.bytes;
        if (root.bytes > total) total = root.bytes; // never happens for a consistent profile
        emit(sb, root, 0, total, ids, true);
    }

    /** Adds each root-first path's self bytes to the inverted tree, innermost frame first. */
    private static void collect(Map<String, Object> node, List<String> path, Node inverted) {
        path.add(Profile.frameLabel(node).replace('#', '_'));
        long self = Profile.num(node.get("requested"));
        for (Map<String, Object> c : Profile.children(node)) {
            self -= Profile.num(c.get("requested"));
            collect(c, path, inverted);
        }
        if (self > 0) {
            Node cur = inverted;
            for (int i = path.size() - 1; i >= 0; i--) {
                cur = cur.kids.computeIfAbsent(path.get(i), Node::new);
                cur.bytes += self;
            }
        }
        path.remove(path.size() - 1);
    }

    private static void emit(StringBuilder sb, Node n, int depth, long total, Map<String, Integer> ids, boolean isRoot) {
        List<Node> kids = new ArrayList<>(n.kids.values());
        kids.sort((a, b) -> Long.compare(b.bytes, a.bytes));
        long threshold = (long) Math.ceil(total * THRESHOLD);
        List<Node> shown = new ArrayList<>();
        long hiddenBytes = 0;
        int hidden = 0;
        for (Node k : kids) {
            if (k.bytes >= threshold && k.bytes > 0) shown.add(k);
            else if (k.bytes > 0) {
                hiddenBytes += k.bytes;
                hidden++;
            }
        }
        int count = shown.size() + (hidden > 0 ? 1 : 0);
        sb.append(" ".repeat(depth)).append('n').append(count).append(": ").append(n.bytes).append(' ');
        if (isRoot) sb.append(n.label);
        else sb.append("0x").append(Integer.toHexString(ids.computeIfAbsent(n.label, l -> ids.size() + 1))).append(": ").append(n.label);
        sb.append('\n');
        for (Node k : shown) emit(sb, k, depth + 1, total, ids, false);
        if (hidden > 0) {
            sb.append(" ".repeat(depth + 1)).append("n0: ").append(hiddenBytes).append(" in ").append(hidden)
                    .append(hidden == 1 ? " place" : " places").append(", all below massif's threshold (1.00%)\n");
        }
    }
}
