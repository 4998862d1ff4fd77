package jzend.main;

import jzend.zend.ExecutorGlobals;
import jzend.zend.ZendAutoGlobals;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.hash.ZendSymtable;
import jzend.zend.ops.ByteBuf;
import jzend.zend.string.ZendString;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * main/php_variables.c: the superglobals a request starts with. $_GET, $_POST, $_COOKIE and
 * $_FILES are made at request start-up (php_hash_environment); $_SERVER, $_ENV and $_REQUEST
 * with auto_globals_jit when the compiler first meets them; $argv/$argc by php_build_argv.
 */
public final class PhpVariables {
    private PhpVariables() {}

    /** PG(variables_order), PG(request_order), PG(auto_globals_jit), PG(arg_separator).input. */
    public static String variables_order = "EGPCS";
    public static String request_order = "";
    public static boolean auto_globals_jit = true;
    public static String arg_separator_input = "&";

    /** Scratch zval for inserting (one request thread). */
    private static final long TMP = java.lang.foreign.Arena.global().allocate(16, 8).address();

    /** Port of php_startup_auto_globals: the callbacks that create each superglobal. */
    public static void php_startup_auto_globals() {
        ZendAutoGlobals.register("_GET", false, () -> store("_GET", parsed(SapiGlobals.request_info.query_string, arg_separator_input, 'G')));
        ZendAutoGlobals.register("_POST", false, PhpVariables::createPost);
        ZendAutoGlobals.register("_COOKIE", false, () -> store("_COOKIE", parsed(SapiGlobals.request_info.cookie_data, ";", 'C')));
        ZendAutoGlobals.register("_SERVER", true, PhpVariables::createServer);
        ZendAutoGlobals.register("_ENV", true, PhpVariables::createEnv);
        ZendAutoGlobals.register("_REQUEST", true, PhpVariables::createRequest);
        ZendAutoGlobals.register("_FILES", false, () -> store("_FILES", ZendHash.zend_new_array_0()));
    }

    /** Port of php_hash_environment: the non-jit superglobals, then $argv/$argc. */
    public static void php_hash_environment() {
        if (ExecutorGlobals.symbol_table == 0) return;
        ZendAutoGlobals.activate();
        if (PhpGlobals.register_argc_argv) php_build_argv(0);
    }

    /** Stores an array as the global {@code name} (the table takes the reference). */
    private static void store(String name, long ht) {
        ZendArrays.setArray(TMP, ht);
        ZendHash.zend_hash_update(ExecutorGlobals.symbol_table, known(name), TMP);
    }

    /** One of zend_known_strings ("_GET", "argv", …): interned for good, allocating nothing. */
    private static long known(String name) {
        return jzend.zend.string.ZendInternedStrings.intern(name.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The array of a global, or 0. */
    private static long global(String name) {
        long zv = ZendHash.zend_hash_str_find(ExecutorGlobals.symbol_table, name.getBytes(StandardCharsets.ISO_8859_1));
        if (zv == 0 || (NativeMemory.getInt(zv + 8) & 0xff) != ZendVm.IS_ARRAY) return 0;
        return NativeMemory.getLong(zv);
    }

    /** Whether variables_order (or request_order) lets the source {@code c} (E, G, P, C, S) in. */
    private static boolean ordered(char c) {
        return variables_order.indexOf(c) >= 0 || variables_order.indexOf(Character.toLowerCase(c)) >= 0;
    }

    /**
     * Port of php_default_treat_data for GET and COOKIE strings: "a=1&b[]=2" split on the
     * separators, each name and value url-decoded (cookie values too) and registered.
     */
    private static long parsed(String data, String separators, char source) {
        long ht = ZendHash.zend_new_array_0();
        if (data == null || !ordered(source)) return ht;
        byte[] b = data.getBytes(StandardCharsets.ISO_8859_1);
        int start = 0;
        for (int i = 0; i <= b.length; i++) {
            if (i < b.length && separators.indexOf(b[i]) < 0) continue;
            int s = start, e = i;
            start = i + 1;
            if (source == 'C') while (s < e && (b[s] == ' ' || b[s] == '\t')) s++;
            if (s == e) continue;
            int eq = -1;
            for (int j = s; j < e; j++) if (b[j] == '=') { eq = j; break; }
            ByteBuf name = new ByteBuf(), value = new ByteBuf();
            if (eq < 0) {
                jzend.ext.standard.UrlEncode.urldecode(name, b, s, e - s);
            } else {
                jzend.ext.standard.UrlEncode.urldecode(name, b, s, eq - s);
                jzend.ext.standard.UrlEncode.urldecode(value, b, eq + 1, e - eq - 1);
            }
            php_register_variable_ex(name.toArray(), value.toArray(), ht);
        }
        return ht;
    }

    /** $_POST: an application/x-www-form-urlencoded body, parsed like a query string. */
    private static void createPost() {
        SapiRequestInfo ri = SapiGlobals.request_info;
        String body = null;
        if ("POST".equals(ri.request_method) && ri.request_body != null
                && "application/x-www-form-urlencoded".equals(ri.content_type_dup)) {
            body = new String(ri.request_body, StandardCharsets.ISO_8859_1);
        }
        store("_POST", parsed(body, arg_separator_input, 'P'));
    }

    /** Port of php_auto_globals_create_server: the SAPI's variables, the request time, argv/argc. */
    private static void createServer() {
        long ht = ZendHash.zend_new_array_0();
        if (ordered('S')) {
            if (SAPI.sapi_module.register_server_variables != null) {
                SAPI.sapi_module.register_server_variables.accept((k, v) ->
                        php_register_variable_ex(k.getBytes(StandardCharsets.ISO_8859_1), v.getBytes(StandardCharsets.ISO_8859_1), ht));
            }
            double t = SAPI.sapi_get_request_time();
            ZendVm.setDouble(TMP, t);
            ZendHash.zend_hash_str_update(ht, "REQUEST_TIME_FLOAT".getBytes(StandardCharsets.ISO_8859_1), TMP);
            ZendVm.setLong(TMP, (long) t);
            ZendHash.zend_hash_str_update(ht, "REQUEST_TIME".getBytes(StandardCharsets.ISO_8859_1), TMP);
            if (PhpGlobals.register_argc_argv) php_build_argv(ht);
        }
        store("_SERVER", ht);
    }

    /** Port of php_auto_globals_create_env: the environment when variables_order has E. */
    private static void createEnv() {
        long ht = ZendHash.zend_new_array_0();
        if (ordered('E')) {
            for (Map.Entry<String, String> e : PhpMain.environ().entrySet()) {
                php_register_variable_ex(e.getKey().getBytes(StandardCharsets.ISO_8859_1), e.getValue().getBytes(StandardCharsets.ISO_8859_1), ht);
            }
        }
        store("_ENV", ht);
    }

    /** Port of php_auto_globals_create_request: $_GET, $_POST and $_COOKIE merged in request_order (else variables_order). */
    private static void createRequest() {
        long ht = ZendHash.zend_new_array_0();
        String order = request_order != null && !request_order.isEmpty() ? request_order : variables_order;
        for (char c : order.toCharArray()) {
            String from = switch (Character.toUpperCase(c)) {
                case 'G' -> "_GET";
                case 'P' -> "_POST";
                case 'C' -> "_COOKIE";
                default -> null;
            };
            if (from == null) continue;
            ZendAutoGlobals.arm(from);
            long src = global(from);
            if (src == 0) continue;
            for (int pos = ZendHash.zend_hash_first_pos(src); pos < jzend.zend.hash.ZendArray.numUsed(src); pos = ZendHash.zend_hash_next_pos(src, pos)) {
                long v = ZendHash.zend_hash_data_at(src, pos);
                long dst = ZendHash.zend_hash_key_type_at(src, pos) == ZendHash.HASH_KEY_IS_LONG
                        ? ZendHash.zend_hash_index_lookup(ht, ZendHash.zend_hash_int_key_at(src, pos))
                        : ZendHash.zend_hash_lookup(ht, ZendHash.zend_hash_str_key_at(src, pos));
                ZendVm.release(dst);
                ZendVm.assign(dst, v);
            }
        }
        store("_REQUEST", ht);
    }

    /**
     * Port of php_build_argv: $argv (the script and its arguments) and $argc, as globals
     * ({@code server} 0) or as $_SERVER['argv'] / $_SERVER['argc'].
     */
    private static void php_build_argv(long server) {
        String[] argv = SapiGlobals.request_info.argv;
        if (argv == null) return;
        long arr = ZendHash.zend_new_array(argv.length);
        for (String a : argv) {
            ZendVm.setString(TMP, ZendString.init(a.getBytes(StandardCharsets.ISO_8859_1), false));
            ZendHash.zend_hash_next_index_insert(arr, TMP);
        }
        long target = server != 0 ? server : ExecutorGlobals.symbol_table;
        ZendArrays.setArray(TMP, arr);
        ZendHash.zend_hash_update(target, known("argv"), TMP);
        ZendVm.setLong(TMP, argv.length);
        ZendHash.zend_hash_update(target, known("argc"), TMP);
    }

    /**
     * Port of php_register_variable_ex: leading spaces dropped, ' ' and '.' in the base name
     * become '_', "a[b][]" builds nested arrays; numeric keys become integer keys.
     */
    static void php_register_variable_ex(byte[] name, byte[] value, long trackVars) {
        int s = 0;
        while (s < name.length && name[s] == ' ') s++;
        int bracket = -1;
        for (int i = s; i < name.length; i++) if (name[i] == '[') { bracket = i; break; }
        byte[] base = java.util.Arrays.copyOfRange(name, s, bracket < 0 ? name.length : bracket);
        for (int i = 0; i < base.length; i++) if (base[i] == ' ' || base[i] == '.') base[i] = '_';
        if (base.length == 0) return;
        java.util.List<byte[]> keys = new java.util.ArrayList<>();
        keys.add(base);
        int p = bracket;
        while (p >= 0 && p < name.length && name[p] == '[') {
            int close = -1;
            for (int i = p + 1; i < name.length; i++) if (name[i] == ']') { close = i; break; }
            if (close < 0) break; // an unclosed '[': the rest is ignored, as php does
            keys.add(java.util.Arrays.copyOfRange(name, p + 1, close));
            p = close + 1;
        }
        long ht = trackVars;
        for (int i = 0; i < keys.size() - 1; i++) {
            byte[] key = keys.get(i);
            long zv;
            if (key.length == 0) {
                ZendVm.setNull(TMP);
                zv = ZendHash.zend_hash_next_index_insert(ht, TMP);
            } else {
                long k = ZendString.init(key, false);
                zv = ZendSymtable.zend_symtable_lookup(ht, k);
                ZendString.release(k);
            }
            if ((NativeMemory.getInt(zv + 8) & 0xff) != ZendVm.IS_ARRAY) {
                ZendVm.release(zv);
                ZendArrays.setArray(zv, ZendHash.zend_new_array_0());
            }
            ht = ZendArrays.separateZval(zv);
        }
        byte[] last = keys.get(keys.size() - 1);
        if (last.length == 0 && keys.size() > 1) {
            ZendVm.setString(TMP, value.length == 0 ? jzend.zend.string.ZendInternedStrings.emptyString() : ZendString.init(value, false));
            ZendHash.zend_hash_next_index_insert(ht, TMP);
        } else {
            setString(ht, last, value);
        }
    }

    private static void setString(long ht, byte[] key, byte[] value) {
        long k = ZendString.init(key, false);
        ZendVm.setString(TMP, value.length == 0 ? jzend.zend.string.ZendInternedStrings.emptyString() : ZendString.init(value, false));
        ZendSymtable.zend_symtable_update(ht, k, TMP);
        ZendString.release(k);
    }
}
