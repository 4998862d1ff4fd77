package jzend.main.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison of two profiles as one self-contained page (no script, no font, no network):
 * the summary table, both timelines on one axis, the size-class histograms side by side, the
 * kinds and the top call paths at the peak, all as inline SVG. The page is well-formed XML
 * (XHTML syntax) so that any XML parser reads it.
 */
public final class HtmlReport {
    private HtmlReport() {}

    static final String[] COLORS = {"#1f6fb4", "#e8710a"};
    static final String FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

    public static String write(Profile a, Profile b) {
        String[] t = MemCompare.titles(a, b);
        Profile[] ps = {a, b};
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        h.append("<title>Memory: ").append(esc(t[0])).append(" vs ").append(esc(t[1])).append(" - jzend</title>\n");
        h.append("<style>\nbody{").append(FONT).append(";margin:2em auto;max-width:1100px;color:#222;padding:0 1em}\n")
                .append("h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}\n")
                .append("table{border-collapse:collapse;font-size:.92em}td,th{padding:.25em .8em;border-bottom:1px solid #eee;text-align:right}\n")
                .append("td:first-child,th:first-child{text-align:left}th{background:#f6f6f6}\n")
                .append(".sw{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.3em}\n")
                .append(".muted{color:#777;font-size:.9em}.row{display:flex;gap:1.5em;flex-wrap:wrap}svg{max-width:100%;height:auto}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>Memory profile: ").append(esc(t[0])).append(" vs ").append(esc(t[1])).append("</h1>\n");
        h.append("<p class=\"muted\">Script: <code>").append(esc(a.str("script"))).append("</code>");
        if (!a.str("script").equals(b.str("script"))) h.append(" | <code>").append(esc(b.str("script"))).append("</code>");
        h.append(". Recorded by jzend <code>--mem-profile</code>; time is the allocation-event clock.</p>\n");
        h.append("<p>");
        for (int i = 0; i < 2; i++) {
            h.append("<span class=\"sw\" style=\"background:").append(COLORS[i]).append("\"></span>").append(esc(t[i])).append(" &#160; ");
        }
        h.append("</p>\n");

        // summary
        h.append("<h2>Summary</h2>\n<table>\n<tr><th></th><th>").append(esc(t[0])).append("</th><th>").append(esc(t[1]))
                .append("</th><th>difference</th></tr>\n");
        for (String[] r : MemCompare.ROWS) {
            boolean ha = a.map("summary").containsKey(r[1]), hb = b.map("summary").containsKey(r[1]);
            if (!ha && !hb) continue;
            String x, y, d;
            if (r[1].equals("wall_ms")) {
                x = MemCompare.fmt(a.sumDouble(r[1]));
                y = MemCompare.fmt(b.sumDouble(r[1]));
                d = MemCompare.signed(b.sumDouble(r[1]) - a.sumDouble(r[1]));
            } else {
                x = ha ? MemCompare.fmt(a.sum(r[1])) : "-";
                y = hb ? MemCompare.fmt(b.sum(r[1])) : "-";
                d = ha && hb ? MemCompare.signed(b.sum(r[1]) - a.sum(r[1])) : "";
            }
            h.append("<tr><td>").append(esc(r[0])).append("</td><td>").append(x).append("</td><td>").append(y)
                    .append("</td><td>").append(d).append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Timeline: bytes granted (solid: the most between two samples) and requested (dashed)</h2>\n");
        timeline(h, ps, t, false);

        h.append("<h2>Real memory: growth since the start</h2>\n<p class=\"muted\">ZendMM: its 2 MB chunks and huge mappings ")
                .append("(memory_get_usage(true)). malloc: glibc's heap as mallinfo2() reports it for the whole process, so the JVM's ")
                .append("own native allocations (JIT, class loading) move it too.</p>\n");
        timeline(h, ps, t, true);

        h.append("<h2>Size classes: allocations per class</h2>\n<div class=\"row\">\n");
        for (int i = 0; i < 2; i++) histogram(h, ps[i], t[i], COLORS[i], i);
        h.append("</div>\n");

        h.append("<h2>At the peak, by kind (bytes granted)</h2>\n");
        List<String> kindLabels = new ArrayList<>();
        List<long[]> kindValues = new ArrayList<>();
        for (Map<String, Object> k : a.list("kinds")) {
            kindLabels.add((String) k.get("kind"));
            long other = 0;
            for (Map<String, Object> kb : b.list("kinds")) if (kb.get("kind").equals(k.get("kind"))) other = Profile.num(kb.get("peak_granted"));
            kindValues.add(new long[]{Profile.num(k.get("peak_granted")), other});
        }
        groupedBars(h, kindLabels, kindValues, t, "kinds");

        h.append("<h2>At the peak, top call paths (bytes granted)</h2>\n");
        List<String> pathLabels = new ArrayList<>();
        List<long[]> pathValues = new ArrayList<>();
        for (Map.Entry<String, long[]> e : MemCompare.topPaths(a, b, 12)) {
            pathLabels.add(e.getKey());
            pathValues.add(e.getValue());
        }
        groupedBars(h, pathLabels, pathValues, t, "paths");

        h.append("<p class=\"muted\">Granted = what the allocator handed out (ZendMM bin, page run or huge mapping; ")
                .append("malloc_usable_size under malloc). Waste = granted - requested. Real/OS = ZendMM's chunks and huge ")
                .append("mappings; under malloc the whole process's glibc heap (mallinfo2), JVM included.</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void timeline(StringBuilder h, Profile[] ps, String[] t, boolean real) {
        int w = 1000, hgt = 360, left = 80, right = 20, top = 20, bottom = 40;
        long maxT = 1, maxY = 1;
        for (Profile p : ps) {
            for (List<Object> row : p.timeline()) {
                maxT = Math.max(maxT, Profile.num(row.get(0)));
                maxY = Math.max(maxY, real ? Profile.num(row.get(4)) - p.sum("real_start") : Profile.num(row.get(2)));
            }
            if (!real) maxY = Math.max(maxY, p.sum("peak_granted"));
        }
        long unit = maxY >= 1 << 20 ? 1 << 20 : maxY >= 1 << 10 ? 1 << 10 : 1;
        maxY = niceCeil((maxY + unit - 1) / unit) * unit;
        double pw = w - left - right, ph = hgt - top - bottom;
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(hgt)
                .append("\" width=\"").append(w).append("\" height=\"").append(hgt).append("\" style=\"").append(FONT).append(";font-size:12px\">\n");
        for (int i = 0; i <= 4; i++) {
            double y = top + ph - ph * i / 4;
            h.append("<line x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"").append(f(y)).append("\" y2=\"")
                    .append(f(y)).append("\" stroke=\"#e5e5e5\"/>\n");
            h.append("<text x=\"").append(left - 6).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">")
                    .append(esc(bytes(maxY * i / 4))).append("</text>\n");
        }
        long step = niceStep(Math.max(1, maxT / 5));
        for (long tick = 0; tick <= maxT; tick += step) {
            double x = left + pw * tick / maxT;
            h.append("<text x=\"").append(f(x)).append("\" y=\"").append(hgt - bottom + 16).append("\" text-anchor=\"middle\">")
                    .append(MemCompare.fmt(tick)).append("</text>\n");
            h.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(f(top + ph))
                    .append("\" y2=\"").append(f(top + ph + 4)).append("\" stroke=\"#999\"/>\n");
        }
        h.append("<text x=\"").append(left + (int) pw / 2).append("\" y=\"").append(hgt - 6).append("\" text-anchor=\"middle\" fill=\"#555\">allocation events</text>\n");
        for (int s = 0; s < 2 && real; s++) {
            h.append("<polyline class=\"real\" data-series=\"").append(esc(t[s])).append("\" fill=\"none\" stroke=\"").append(COLORS[s])
                    .append("\" stroke-width=\"2\" points=\"");
            for (List<Object> row : ps[s].timeline()) {
                double x = left + pw * Profile.num(row.get(0)) / maxT;
                double y = top + ph - ph * Math.max(0, Profile.num(row.get(4)) - ps[s].sum("real_start")) / maxY;
                h.append(f(x)).append(',').append(f(y)).append(' ');
            }
            h.append("\"><title>").append(esc(t[s])).append(" real</title></polyline>\n");
        }
        for (int s = 0; s < 2 && !real; s++) {
            Profile p = ps[s];
            for (int field = 2; field >= 1; field--) {
                h.append("<polyline class=\"series\" data-series=\"").append(esc(t[s])).append("\" data-field=\"")
                        .append(field == 2 ? "granted" : "requested").append("\" fill=\"none\" stroke=\"").append(COLORS[s])
                        .append("\" stroke-width=\"").append(field == 2 ? "2" : "1.2").append('"');
                if (field == 1) h.append(" stroke-dasharray=\"5 4\" opacity=\"0.8\"");
                h.append(" points=\"");
                boolean peakDrawn = false;
                List<List<Object>> rows = p.timeline();
                for (int ri = 0; ri < rows.size(); ri++) {
                    List<Object> row = rows.get(ri);
                    long time = Profile.num(row.get(0));
                    long v = Profile.num(row.get(field == 2 && row.size() > 5 ? 5 : field));
                    if (!peakDrawn && time >= p.sum("peak_time")) {
                        // the exact peak, which sampling may fall between
                        peakDrawn = true;
                        double x = left + pw * p.sum("peak_time") / maxT;
                        double y = top + ph - ph * p.sum(field == 2 ? "peak_granted" : "peak_requested") / maxY;
                        h.append(f(x)).append(',').append(f(y)).append(' ');
                    }
                    double x = left + pw * time / maxT;
                    double y = top + ph - ph * v / maxY;
                    h.append(f(x)).append(',').append(f(y)).append(' ');
                    if (ri == rows.size() - 1 && field == 2) {
                        // the end: what is still allocated, below the window's maximum
                        h.append(f(x)).append(',').append(f(top + ph - ph * Profile.num(row.get(2)) / maxY)).append(' ');
                    }
                }
                h.append("\"><title>").append(esc(t[s])).append(field == 2 ? " granted" : " requested").append("</title></polyline>\n");
            }
            double px = left + pw * p.sum("peak_time") / maxT, py = top + ph - ph * p.sum("peak_granted") / maxY;
            h.append("<circle cx=\"").append(f(px)).append("\" cy=\"").append(f(py)).append("\" r=\"4\" fill=\"").append(COLORS[s])
                    .append("\"><title>").append(esc(t[s])).append(" peak: ").append(bytes(p.sum("peak_granted"))).append(" granted</title></circle>\n");
            h.append("<text x=\"").append(left + 12).append("\" y=\"").append(top + 14 + 16 * s).append("\" fill=\"").append(COLORS[s])
                    .append("\">").append(esc(t[s])).append(": peak ").append(esc(bytes(p.sum("peak_granted")))).append(" granted at event ")
                    .append(MemCompare.fmt(p.sum("peak_time"))).append("</text>\n");
        }
        h.append("<line x1=\"").append(left).append("\" x2=\"").append(left).append("\" y1=\"").append(top).append("\" y2=\"")
                .append(f(top + ph)).append("\" stroke=\"#999\"/>\n");
        h.append("<line x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"").append(f(top + ph)).append("\" y2=\"")
                .append(f(top + ph)).append("\" stroke=\"#999\"/>\n");
        h.append("</svg>\n");
    }

    private static void histogram(StringBuilder h, Profile p, String title, String color, int idx) {
        List<Map<String, Object>> classes = new ArrayList<>(p.list("size_classes"));
        List<Map<String, Object>> top = new ArrayList<>(classes);
        top.sort(Comparator.comparingLong((Map<String, Object> m) -> -Profile.num(m.get("allocs"))));
        if (top.size() > 24) top = top.subList(0, 24);
        // back to size order
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> c : classes) if (top.contains(c)) rows.add(c);
        long max = 1;
        for (Map<String, Object> c : rows) max = Math.max(max, Profile.num(c.get("allocs")));
        int rowH = 18, w = 520, labelW = 150, valueW = 150;
        int hgt = 30 + rowH * Math.max(1, rows.size());
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"histogram\" data-series=\"").append(esc(title))
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(hgt).append("\" width=\"").append(w).append("\" height=\"").append(hgt)
                .append("\" style=\"").append(FONT).append(";font-size:11px\">\n");
        h.append("<text x=\"0\" y=\"14\" font-weight=\"bold\" fill=\"").append(color).append("\">").append(esc(title))
                .append(classes.size() > rows.size() ? " (" + rows.size() + " busiest of " + classes.size() + " classes)" : "").append("</text>\n");
        double bw = w - labelW - valueW;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> c = rows.get(i);
            long n = Profile.num(c.get("allocs"));
            long waste = Profile.num(c.get("bytes_granted")) - Profile.num(c.get("bytes_requested"));
            double y = 26 + i * rowH;
            double len = Math.max(1, bw * n / max);
            h.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(f(y + 12)).append("\" text-anchor=\"end\">")
                    .append(esc(String.valueOf(c.get("class")))).append("</text>\n");
            h.append("<rect x=\"").append(labelW).append("\" y=\"").append(f(y + 2)).append("\" width=\"").append(f(len))
                    .append("\" height=\"").append(rowH - 5).append("\" fill=\"").append(color).append("\"><title>")
                    .append(esc(c.get("class") + ": " + MemCompare.fmt(n) + " allocations, " + bytes(Profile.num(c.get("bytes_granted")))
                            + " granted, " + bytes(waste) + " waste")).append("</title></rect>\n");
            h.append("<text x=\"").append(f(labelW + len + 4)).append("\" y=\"").append(f(y + 12)).append("\">").append(MemCompare.fmt(n))
                    .append(waste > 0 ? " (waste " + esc(bytes(waste)) + ")" : "").append("</text>\n");
        }
        h.append("</svg>\n");
    }

    private static void groupedBars(StringBuilder h, List<String> labels, List<long[]> values, String[] t, String cls) {
        long max = 1;
        for (long[] v : values) max = Math.max(max, Math.max(v[0], v[1]));
        int rowH = 34, w = 1000, labelW = 420, valueW = 110;
        int hgt = 10 + rowH * Math.max(1, labels.size());
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cls).append("\" viewBox=\"0 0 ").append(w).append(' ').append(hgt)
                .append("\" width=\"").append(w).append("\" height=\"").append(hgt).append("\" style=\"").append(FONT).append(";font-size:11px\">\n");
        double bw = w - labelW - valueW;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label.length() > 70) label = "..." + label.substring(label.length() - 67);
            double y = 6 + i * rowH;
            h.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(f(y + 19)).append("\" text-anchor=\"end\"><title>")
                    .append(esc(labels.get(i))).append("</title>").append(esc(label)).append("</text>\n");
            for (int s = 0; s < 2; s++) {
                long v = values.get(i)[s];
                double len = v == 0 ? 0 : Math.max(1, bw * v / max);
                double yy = y + 2 + s * 14;
                h.append("<rect x=\"").append(labelW).append("\" y=\"").append(f(yy)).append("\" width=\"").append(f(len))
                        .append("\" height=\"12\" fill=\"").append(COLORS[s]).append("\"><title>").append(esc(t[s] + ": " + bytes(v)))
                        .append("</title></rect>\n");
                h.append("<text x=\"").append(f(labelW + len + 4)).append("\" y=\"").append(f(yy + 10)).append("\">").append(esc(bytes(v))).append("</text>\n");
            }
        }
        h.append("</svg>\n");
    }

    static long niceStep(long v) {
        long p = 1;
        while (p * 10 <= v) p *= 10;
        for (long m : new long[]{1, 2, 5}) if (m * p >= v) return m * p;
        return 10 * p;
    }

    static long niceCeil(long v) {
        long p = 1;
        while (p * 10 <= v) p *= 10;
        for (long m : new long[]{1, 2, 4, 5, 8, 10}) if (m * p >= v) return m * p;
        return 10 * p;
    }

    static String bytes(long b) {
        if (Math.abs(b) >= 1L << 20) return String.format(Locale.ROOT, "%.1f MiB", b / 1048576.0);
        if (Math.abs(b) >= 10L << 10) return String.format(Locale.ROOT, "%.1f KiB", b / 1024.0);
        return MemCompare.fmt(b) + " B";
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') sb.append(' ');
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
