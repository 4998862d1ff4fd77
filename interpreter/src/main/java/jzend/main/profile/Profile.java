package jzend.main.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Read access to a profile document (recorded, or read back from its JSON file). */
public final class Profile {
    public final Map<String, Object> root;

    public Profile(Map<String, Object> root) {
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    public static Profile read(Path file) throws IOException {
        Object v = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (!(v instanceof Map<?, ?> m) || !"jzend-mem-profile".equals(m.get("format"))) {
            throw new IOException(file + " is not a jzend memory profile (JSON written by --mem-profile=FILE.json)");
        }
        return new Profile((Map<String, Object>) v);
    }

    public String allocator() {
        return String.valueOf(root.get("allocator"));
    }

    public String str(String key) {
        Object v = root.get(key);
        return v == null ? "" : v.toString();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        return (Map<String, Object>) root.get(key);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String key) {
        return (List<Map<String, Object>>) root.get(key);
    }

    /** A summary figure (0 when absent). */
    public long sum(String key) {
        return num(map("summary").get(key));
    }

    public double sumDouble(String key) {
        Object v = map("summary").get(key);
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    @SuppressWarnings("unchecked")
    public List<List<Object>> timeline() {
        return (List<List<Object>>) map("timeline").get("rows");
    }

    static long num(Object v) {
        return v instanceof Number n ? n.longValue() : 0;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> children(Map<String, Object> node) {
        Object c = node.get("children");
        return c == null ? List.of() : (List<Map<String, Object>>) c;
    }

    /** "name (file:line)" with the file's base name, or the bare name for internal functions. */
    static String frameLabel(Map<String, Object> node) {
        String name = String.valueOf(node.get("name"));
        Object file = node.get("file");
        if (file == null) return name;
        String f = file.toString();
        int slash = f.lastIndexOf('/');
        return name + " (" + (slash >= 0 ? f.substring(slash + 1) : f) + ":" + num(node.get("line")) + ")";
    }
}
