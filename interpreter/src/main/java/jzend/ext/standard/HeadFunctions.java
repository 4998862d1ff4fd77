package jzend.ext.standard;

import jzend.main.SAPI;
import jzend.main.SapiGlobals;
import jzend.main.SapiHeader;
import jzend.zend.ZendFunctionEntry;
import jzend.zend.execute.ZendExecuteData;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendArrays;
import jzend.zend.hash.ZendHash;
import jzend.zend.string.ZendString;

import java.nio.charset.StandardCharsets;

/**
 * ext/standard/head.c: header(), header_remove(), http_response_code(), headers_sent(),
 * headers_list() — all through the SAPI's sapi_header_op, so the CGI SAPI sends what the
 * script set (the CLI SAPI has no headers to send).
 */
public final class HeadFunctions {
    private HeadFunctions() {}

    private static final String OWNER = "jzend/ext/standard/HeadFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("header", OWNER, "header", 1, "header", "replace", "response_code"),
        new ZendFunctionEntry("header_remove", OWNER, "header_remove", 0, "name"),
        new ZendFunctionEntry("http_response_code", OWNER, "http_response_code", 0, "response_code"),
        new ZendFunctionEntry("headers_sent", OWNER, "headers_sent", 0, "&filename", "&line"),
        new ZendFunctionEntry("headers_list", OWNER, "headers_list", 0),
    };

    private static String javaString(long ex, int n) {
        return new String(ZendString.bytes(ZendParseParameters.requiredString(ex, n)), StandardCharsets.ISO_8859_1);
    }

    /** PHP_FUNCTION(header): sapi_header_op(REPLACE or ADD), with an optional response code. */
    public static void header(long ex, long rv) {
        String line = javaString(ex, 1);
        boolean replace = ZendParseParameters.optionalBool(ex, 2, true);
        long code = ZendParseParameters.optionalLong(ex, 3, 0);
        boolean ok = SAPI.sapi_header_op(replace ? SAPI.SapiHeaderOp.SAPI_HEADER_REPLACE : SAPI.SapiHeaderOp.SAPI_HEADER_ADD, line, 0);
        if (ok && code != 0) SAPI.sapi_header_op(SAPI.SapiHeaderOp.SAPI_HEADER_SET_STATUS, null, (int) code);
        ZendVm.setNull(rv);
    }

    /** PHP_FUNCTION(header_remove): one header by name, or all of them. */
    public static void header_remove(long ex, long rv) {
        boolean all = ZendExecuteData.numArgs(ex) < 1
                || (jzend.zend.alloc.NativeMemory.getInt(ZendParseParameters.arg(ex, 1) + 8) & 0xff) == ZendVm.IS_NULL;
        if (all) SAPI.sapi_header_op(SAPI.SapiHeaderOp.SAPI_HEADER_DELETE_ALL, null, 0);
        else SAPI.sapi_header_op(SAPI.SapiHeaderOp.SAPI_HEADER_DELETE, javaString(ex, 1), 0);
        ZendVm.setNull(rv);
    }

    /** PHP_FUNCTION(http_response_code): the code set so far (false when none), or sets a new one (8.2 allows it after output). */
    public static void http_response_code(long ex, long rv) {
        long code = ZendParseParameters.optionalLong(ex, 1, 0);
        int old = SapiGlobals.sapi_headers.http_response_code;
        if (code != 0) {
            SapiGlobals.sapi_headers.http_response_code = (int) code;
            if (old != 0) ZendVm.setLong(rv, old);
            else ZendVm.setBool(rv, true);
            return;
        }
        if (old == 0) ZendVm.setBool(rv, false);
        else ZendVm.setLong(rv, old);
    }

    /** PHP_FUNCTION(headers_sent) (without filling the by-reference file and line). */
    public static void headers_sent(long ex, long rv) {
        ZendVm.setBool(rv, SapiGlobals.headers_sent);
    }

    /** PHP_FUNCTION(headers_list): the header lines set so far. */
    public static void headers_list(long ex, long rv) {
        long ht = ZendHash.zend_new_array(SapiGlobals.sapi_headers.headers.size());
        for (SapiHeader h : SapiGlobals.sapi_headers.headers) {
            long zv = jzend.zend.alloc.LibC.malloc(16);
            try {
                ZendVm.setString(zv, ZendString.init(h.header().getBytes(StandardCharsets.ISO_8859_1), false));
                ZendHash.zend_hash_next_index_insert(ht, zv);
            } finally {
                jzend.zend.alloc.LibC.free(zv);
            }
        }
        ZendArrays.setArray(rv, ht);
    }
}
