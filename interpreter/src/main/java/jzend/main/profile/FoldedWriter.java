package jzend.main.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folded stacks for flamegraph.pl, speedscope and inferno: one line per call path, frames from
 * {main} to the allocating function joined by ';', then the bytes (granted) its live blocks held
 * at the peak.
 */
public final class FoldedWriter {
    private FoldedWriter() {}

    public static String write(Profile p) {
        Map<String, Long> lines = new LinkedHashMap<>();
        for (Map<String, Object> top : Profile.children(p.map("tree_peak"))) walk(top, new ArrayList<>(), lines);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : lines.entrySet()) {
            if (e.getValue() > 0) sb.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

    private static void walk(Map<String, Object> node, List<String> path, Map<String, Long> out) {
        path.add(String.valueOf(node.get("name")).replace(';', ',').replace(' ', '_'));
        long self = Profile.num(node.get("granted"));
        for (Map<String, Object> c : Profile.children(node)) {
            self -= Profile.num(c.get("granted"));
            walk(c, path, out);
        }
        if (self > 0) out.merge(String.join(";", path), self, Long::sum);
        path.remove(path.size() - 1);
    }
}
