package jzend.zend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The internal functions of CG(function_table) (zend_register_functions): registered once at
 * start-up by each extension, looked up by lower-case name by the compiler. In a frame, an
 * internal function is identified by {@code -(index + 1)} so that user op_arrays keep the
 * non-negative indexes.
 */
public final class ZendInternalFunctions {
    private ZendInternalFunctions() {}

    private static final List<ZendFunctionEntry> entries = new ArrayList<>();
    private static final Map<String, Integer> byName = new HashMap<>();

    /** Port of zend_register_functions for one extension's function list. */
    public static synchronized void register(ZendFunctionEntry... functions) {
        for (ZendFunctionEntry f : functions) {
            String key = f.name().toLowerCase(Locale.ROOT);
            if (byName.containsKey(key)) continue;
            byName.put(key, entries.size());
            entries.add(f);
        }
    }

    /** The frame id of an internal function by name (case-insensitive), or 0 when there is none. */
    public static int lookup(String lowerCaseName) {
        Integer i = byName.get(lowerCaseName);
        return i == null ? 0 : -(i + 1);
    }

    /** Every registered function, in registration order. */
    public static synchronized List<ZendFunctionEntry> all() {
        return List.copyOf(entries);
    }

    /** The entry of a frame id from {@link #lookup}. */
    public static ZendFunctionEntry entry(int frameId) {
        return entries.get(-frameId - 1);
    }
}
