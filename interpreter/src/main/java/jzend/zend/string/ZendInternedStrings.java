package jzend.zend.string;

import jzend.zend.alloc.NativeMemory;

import static jzend.zend.alloc.NativeMemory.getInt;
import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putLong;
import static jzend.zend.alloc.NativeMemory.putInt;

/**
 * Interned strings (zend_string.c): one copy per content, never refcounted nor freed by release.
 * A permanent table, filled at start-up in persistent memory (zend_empty_string, the 256
 * zend_one_char_string, known names), and a per-request table — CG(interned_strings), where the
 * compiler's literals go — whose strings come from the request heap and are freed when the
 * request ends. Lookups go to the permanent table first.
 *
 * <p>The request table is a HashTable as php-src's (zend_init_interned_strings_ht: 1024 slots,
 * allocated from the request heap on the first insert — 40 KB that count in memory_get_usage() —
 * and growing as any HashTable). The permanent one lives in persistent memory in php, outside
 * what memory_get_usage() sees; here it is an open-addressing array of string addresses.
 */
public final class ZendInternedStrings {
    private ZendInternedStrings() {}

    private static final Table permanent = new Table();
    /** CG(interned_strings) while a request runs: the HashTable's 56 bytes live outside the heap, as CG does. */
    private static final long request = java.lang.foreign.Arena.global().allocate(jzend.zend.hash.ZendArray.SIZE, 8).address();
    private static boolean requestActive;
    /** The zval a new interned string is inserted with (ZVAL_INTERNED_STR). */
    private static final long VALUE = java.lang.foreign.Arena.global().allocate(16, 8).address();
    private static final long[] ONE_CHAR = new long[256];
    private static long empty;

    /** zend_empty_string. */
    public static long emptyString() { return empty; }

    /** ZSTR_CHAR(c): the interned one-byte string. */
    public static long oneChar(int c) { return ONE_CHAR[c & 0xff]; }

    /** Port of zend_interned_strings_init: the permanent strings, in persistent memory. */
    public static void init() {
        if (empty != 0) return;
        empty = permanent.add(new byte[0], 0, 0, true);
        byte[] b = new byte[1];
        for (int c = 0; c < 256; c++) {
            b[0] = (byte) c;
            ONE_CHAR[c] = permanent.add(b, 0, 1, true);
        }
        for (String known : KNOWN) {
            byte[] k = known.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            permanent.add(k, 0, k.length, true);
        }
    }

    /**
     * A few of zend_known_strings, and the mangled names of the built-in classes' declared
     * properties ("\0*\0message", "\0Exception\0string", …), which php interns when it registers
     * those classes at start-up.
     */
    private static final String[] KNOWN = {"length", "GLOBALS", "_SERVER", "_GET", "_POST", "_COOKIE", "_ENV",
            "_FILES", "_REQUEST", "argv", "argc", "{main}", "{closure}", "key", "value", "Array", "1", "0",
            "file", "line", "function", "class", "object", "type", "->", "::", "args", "unknown", "static", "this",
            "previous", "code", "message", "severity", "string", "trace",
            "\0*\0message", "\0*\0code", "\0*\0file", "\0*\0line", "\0*\0severity",
            "\0Exception\0string", "\0Exception\0trace", "\0Exception\0previous",
            "\0Error\0string", "\0Error\0trace", "\0Error\0previous"};

    /**
     * zend_string_init_interned at start-up: a permanent interned string for these bytes (the
     * names of internal functions and classes, which php interns as it registers them).
     */
    public static long permanent(byte[] bytes) {
        long s = permanent.find(bytes, 0, bytes.length);
        return s != 0 ? s : permanent.add(bytes, 0, bytes.length, true);
    }

    /**
     * ZSTR_KNOWN: the permanent interned string of these bytes, which must be one of the known
     * strings made at start-up (or one of the one-byte strings).
     */
    public static long known(byte[] bytes) {
        long s = permanent.find(bytes, 0, bytes.length);
        if (s == 0) throw new IllegalStateException("not a known string: " + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        return s;
    }

    /** Port of zend_new_interned_string for literals: the interned copy of these bytes (request table if new). */
    public static long intern(byte[] bytes, int off, int len) {
        long s = permanent.find(bytes, off, len);
        if (s != 0) return s;
        if (!requestActive) {
            // zend_interned_strings_activate → zend_init_interned_strings_ht(&CG(interned_strings), 0)
            jzend.zend.hash.ZendHash.zend_hash_init(request, 1024, 0, false);
            requestActive = true;
        }
        byte[] key = off == 0 && len == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes, off, off + len);
        long zv = jzend.zend.hash.ZendHash.zend_hash_str_find(request, key);
        if (zv != 0) return getLong(zv);
        s = ZendString.init(bytes, off, len, false);
        ZendString.hash(s);
        putInt(s + ZendString.TYPE_INFO, getInt(s + ZendString.TYPE_INFO) | ZendString.IS_STR_INTERNED);
        putLong(VALUE, s);
        putInt(VALUE + 8, 6); // IS_STRING, not refcounted
        jzend.zend.hash.ZendHash.zend_hash_add_new(request, s, VALUE);
        return s;
    }

    public static long intern(byte[] bytes) {
        return intern(bytes, 0, bytes.length);
    }

    /** Port of zend_interned_strings_deactivate: the request's table is destroyed, its strings freed (_str_dtor). */
    public static void deactivate() {
        if (!requestActive) return;
        requestActive = false;
        long ht = request;
        long[] strings = new long[jzend.zend.hash.ZendArray.numOfElements(ht)];
        int n = 0;
        for (int p = jzend.zend.hash.ZendHash.zend_hash_first_pos(ht); p < jzend.zend.hash.ZendArray.numUsed(ht);
                p = jzend.zend.hash.ZendHash.zend_hash_next_pos(ht, p)) {
            strings[n++] = getLong(jzend.zend.hash.ZendHash.zend_hash_data_at(ht, p));
        }
        jzend.zend.hash.ZendHash.zend_hash_destroy(ht); // no value destructor; the keys are these interned strings
        for (int i = 0; i < n; i++) jzend.zend.alloc.ZendAlloc.efree(strings[i]);
    }

    /** Port of zend_interned_strings_dtor: the permanent ones too (module shutdown). */
    public static void dtor() {
        deactivate();
        permanent.clear();
        empty = 0;
        java.util.Arrays.fill(ONE_CHAR, 0);
    }

    /** Number of interned strings of the request (for tests). */
    public static int requestCount() {
        return requestActive ? jzend.zend.hash.ZendArray.numOfElements(request) : 0;
    }

    /** An open-addressing set of interned strings keyed by their hash. */
    private static final class Table {
        long[] slots = new long[1024];
        int count;

        long find(byte[] b, int off, int len) {
            long h = ZendString.hashBytes(b, off, len);
            int mask = slots.length - 1;
            for (int i = (int) h & mask; ; i = (i + 1) & mask) {
                long s = slots[i];
                if (s == 0) return 0;
                if (ZendString.hash(s) == h && ZendString.len(s) == len && sameBytes(s, b, off, len)) return s;
            }
        }

        long add(byte[] b, int off, int len, boolean persistent) {
            if ((count + 1) * 2 > slots.length) grow();
            long s = ZendString.init(b, off, len, persistent);
            ZendString.hash(s);
            putInt(s + ZendString.TYPE_INFO, getInt(s + ZendString.TYPE_INFO) | ZendString.IS_STR_INTERNED
                    | (persistent ? ZendString.IS_STR_PERMANENT : 0));
            insert(s);
            count++;
            return s;
        }

        private void insert(long s) {
            int mask = slots.length - 1;
            int i = (int) ZendString.hash(s) & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = s;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            for (long s : old) if (s != 0) insert(s);
        }

        void clear() {
            for (int i = 0; i < slots.length; i++) {
                long s = slots[i];
                if (s == 0) continue;
                jzend.zend.alloc.ZendAlloc.pefree(s);
                slots[i] = 0;
            }
            count = 0;
        }

        private static boolean sameBytes(long s, byte[] b, int off, int len) {
            long v = ZendString.val(s);
            for (int i = 0; i < len; i++) if (NativeMemory.getByte(v + i) != b[off + i]) return false;
            return true;
        }
    }
}
