package jzend.main;

/**
 * sapi_globals_struct (SG()): the state of the current request as the SAPI layer sees it. NTS
 * build: one per process.
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

    /**
     * SG(known_post_content_types): a persistent HashTable (malloc'd, outside the request heap)
     * from a lower-case content type to its sapi_post_entry — here the entry's index in
     * {@link #post_entries}, an IS_LONG value, since the readers are Java code.
     */
    public static long known_post_content_types;
    /** The registered sapi_post_entry structures, indexed by the table's values. */
    static final java.util.List<SapiPostEntry> post_entries = new java.util.ArrayList<>();

    /** Port of sapi_globals_ctor. */
    static void sapi_globals_ctor() {
        if (known_post_content_types == 0) {
            // zend_hash_init(&sg->known_post_content_types, 8, NULL, _type_dtor, 1)
            known_post_content_types = jzend.zend.alloc.ZendAlloc.pemalloc(jzend.zend.hash.ZendArray.SIZE);
            jzend.zend.hash.ZendHash.zend_hash_init(known_post_content_types, 8, 0, true);
            post_entries.clear();
        }
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

    /** Port of sapi_globals_dtor: the table and its persistent keys go. */
    static void sapi_globals_dtor() {
        if (known_post_content_types == 0) return;
        jzend.zend.hash.ZendHash.zend_hash_destroy(known_post_content_types);
        jzend.zend.alloc.ZendAlloc.pefree(known_post_content_types);
        known_post_content_types = 0;
        post_entries.clear();
    }
}
