package jzend.main;

/**
 * sapi_globals_struct (SG()): the state of the current request as the SAPI layer sees it. NTS
 * build: one per process. Left out for now: known_post_content_types (a persistent HashTable
 * mapping content types to POST readers), added when the engine's HashTable lands; until then
 * every body goes to the default POST reader.
 */
public final class SapiGlobals {
    private SapiGlobals() {}

    /** SG(server_context): non-null while a SAPI serves a real request (cgi); null for cli. */
    public static Object server_context;
    public static SapiRequestInfo request_info = new SapiRequestInfo();
    public static SapiHeaders sapi_headers = new SapiHeaders();
    public static long read_post_bytes;
    public static boolean post_read;
    public static boolean headers_sent;
    public static double global_request_time;
    /** SG(default_mimetype), from the ini default_mimetype (null: "text/html"). */
    public static String default_mimetype;
    /** SG(default_charset), from the ini default_charset (null: "UTF-8"). */
    public static String default_charset;
    /** SG(post_max_size), from the ini post_max_size. */
    public static long post_max_size = 8L << 20;
    public static boolean sapi_started;
    /** The request heap's copy of SG(sapi_headers).mimetype (emalloc'd as in PHP), 0 when none. */
    static long mimetype_ptr;

    /** Port of sapi_globals_ctor (without known_post_content_types, see the class comment). */
    static void sapi_globals_ctor() {
        server_context = null;
        request_info = new SapiRequestInfo();
        sapi_headers = new SapiHeaders();
        read_post_bytes = 0;
        post_read = false;
        headers_sent = false;
        global_request_time = 0;
        default_mimetype = null;
        default_charset = null;
        post_max_size = 8L << 20;
        sapi_started = false;
        mimetype_ptr = 0;
    }
}
