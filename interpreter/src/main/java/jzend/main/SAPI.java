package jzend.main;

import jzend.zend.StartupTrace;
import jzend.zend.ZendAtol;
import jzend.zend.ZendErrors;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;

/**
 * The SAPI layer (main/SAPI.c): the global {@link #sapi_module}, start-up and shutdown of the
 * SAPI globals, per-request activation, reading the POST body, and the response headers
 * (sapi_header_op for header()/http_response_code(), sapi_send_headers on first output).
 */
public final class SAPI {
    private SAPI() {}

    public static final String SAPI_DEFAULT_MIMETYPE = "text/html";
    public static final String SAPI_DEFAULT_CHARSET = "UTF-8";
    public static final int SAPI_POST_BLOCK_SIZE = 0x4000;

    public static final int SAPI_HEADER_ADD = 1 << 0;

    public static final int SAPI_HEADER_SENT_SUCCESSFULLY = 1;
    public static final int SAPI_HEADER_DO_SEND = 2;
    public static final int SAPI_HEADER_SEND_FAILED = 3;

    /** sapi_header_op_enum. */
    public enum SapiHeaderOp { SAPI_HEADER_REPLACE, SAPI_HEADER_ADD, SAPI_HEADER_DELETE, SAPI_HEADER_DELETE_ALL, SAPI_HEADER_SET_STATUS }

    /** The global sapi_module: a copy of the running SAPI's struct. */
    public static SapiModule sapi_module;

    /** Port of sapi_startup: copy the module into the global, then sapi_globals_ctor. */
    public static void sapi_startup(SapiModule sf) {
        sf.ini_entries = null;
        sapi_module = sf.copy();
        StartupTrace.stage("sapi_startup", sapi_module.name + " (" + sapi_module.pretty_name + "), sapi_globals_ctor");
        SapiGlobals.sapi_globals_ctor();
    }

    /** Port of sapi_shutdown. */
    public static void sapi_shutdown() {
        StartupTrace.stage("sapi_shutdown", null);
        SapiGlobals.sapi_globals_dtor();
        SapiGlobals.sapi_started = false;
    }

    /** Port of sapi_initialize_empty_request. */
    public static void sapi_initialize_empty_request() {
        SapiGlobals.server_context = null;
        SapiGlobals.request_info.request_method = null;
        SapiGlobals.request_info.auth_digest = SapiGlobals.request_info.auth_user = SapiGlobals.request_info.auth_password = null;
        SapiGlobals.request_info.content_type_dup = null;
    }

    /** Port of sapi_activate: fresh headers, HEAD handling, the POST body and cookies, then the SAPI's activate. */
    public static void sapi_activate() {
        SapiHeaders h = SapiGlobals.sapi_headers;
        h.headers.clear();
        h.send_default_content_type = true;
        // http_response_code is kept: the SAPI set it (cgi: 200) before php_request_startup
        h.http_status_line = null;
        h.mimetype = null;
        SapiGlobals.mimetype_ptr = 0;
        SapiGlobals.headers_sent = false;
        SapiGlobals.read_post_bytes = 0;
        SapiRequestInfo ri = SapiGlobals.request_info;
        ri.request_body = null;
        ri.current_user = null;
        ri.no_headers = false;
        ri.proto_num = 1000;
        SapiGlobals.global_request_time = 0;
        SapiGlobals.post_read = false;
        ri.headers_only = "HEAD".equals(ri.request_method);
        if (SapiGlobals.server_context != null) {
            if (ri.content_type != null && "POST".equals(ri.request_method)) {
                sapi_read_post_data();
            } else {
                ri.content_type_dup = null;
            }
            ri.cookie_data = sapi_module.read_cookies != null ? sapi_module.read_cookies.get() : null;
        }
        if (sapi_module.activate != null) sapi_module.activate.getAsBoolean();
    }

    /** Port of sapi_deactivate (sapi_deactivate_module + sapi_deactivate_destroy). */
    public static void sapi_deactivate() {
        SapiGlobals.sapi_headers.headers.clear();
        SapiRequestInfo ri = SapiGlobals.request_info;
        if (ri.request_body != null) {
            ri.request_body = null;
        } else if (SapiGlobals.server_context != null && !SapiGlobals.post_read) {
            // make sure we've consumed all request input data
            byte[] dummy = new byte[SAPI_POST_BLOCK_SIZE];
            int read;
            do {
                read = sapi_read_post_block(dummy, SAPI_POST_BLOCK_SIZE);
            } while (read == SAPI_POST_BLOCK_SIZE);
        }
        ri.auth_user = ri.auth_password = ri.auth_digest = null;
        ri.content_type_dup = null;
        ri.current_user = null;
        if (sapi_module.deactivate != null) sapi_module.deactivate.getAsBoolean();
        // sapi_deactivate_destroy
        if (SapiGlobals.mimetype_ptr != 0) {
            ZendAlloc.efree(SapiGlobals.mimetype_ptr);
            SapiGlobals.mimetype_ptr = 0;
        }
        SapiGlobals.sapi_headers.mimetype = null;
        SapiGlobals.sapi_headers.http_status_line = null;
        SapiGlobals.sapi_started = false;
        SapiGlobals.headers_sent = false;
        ri.headers_read = false;
        SapiGlobals.global_request_time = 0;
    }

    /** Port of sapi_register_post_entry: false when the content type is already known. */
    public static boolean sapi_register_post_entry(SapiPostEntry entry) {
        long ht = SapiGlobals.known_post_content_types;
        byte[] type = entry.contentType().toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (jzend.zend.hash.ZendHash.zend_hash_str_find(ht, type) != 0) return false;
        long value = jzend.zend.alloc.ZendAlloc.pemalloc(16);
        try {
            jzend.zend.execute.ZendVm.setLong(value, SapiGlobals.post_entries.size());
            jzend.zend.hash.ZendHash.zend_hash_str_add(ht, type, value);
        } finally {
            jzend.zend.alloc.ZendAlloc.pefree(value);
        }
        SapiGlobals.post_entries.add(entry);
        return true;
    }

    /** The registered entry of a lower-case content type (zend_hash_str_find_ptr), or null. */
    static SapiPostEntry sapi_find_post_entry(String contentType) {
        long zv = jzend.zend.hash.ZendHash.zend_hash_str_find(SapiGlobals.known_post_content_types,
                contentType.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return zv == 0 ? null : SapiGlobals.post_entries.get((int) jzend.zend.alloc.NativeMemory.getLong(zv));
    }

    /** Port of sapi_register_default_post_reader. */
    public static void sapi_register_default_post_reader(Runnable reader) {
        sapi_module.default_post_reader = reader;
    }

    /**
     * Port of sapi_read_post_data: the content type's registered reader (known_post_content_types),
     * then the default POST reader; a type nobody knows, without a default reader, is refused.
     */
    static void sapi_read_post_data() {
        SapiRequestInfo ri = SapiGlobals.request_info;
        String contentType = ri.content_type;
        int end = 0;
        while (end < contentType.length()) {
            char c = contentType.charAt(end);
            if (c == ';' || c == ',' || c == ' ') break;
            end++;
        }
        String type = contentType.substring(0, end).toLowerCase(Locale.ROOT);
        SapiPostEntry entry = sapi_find_post_entry(type);
        ri.post_entry = entry;
        if (entry == null && sapi_module.default_post_reader == null) {
            ri.content_type_dup = null;
            PhpErrors.php_error_docref(ZendErrors.E_WARNING, "Unsupported content type:  '" + contentType + "'");
            return;
        }
        ri.content_type_dup = type;
        if (entry != null && entry.postReader() != null) entry.postReader().run();
        if (sapi_module.default_post_reader != null) sapi_module.default_post_reader.run();
    }

    /** Port of sapi_read_post_block: reads through the SAPI's read_post, counting SG(read_post_bytes). */
    public static int sapi_read_post_block(byte[] buffer, int buflen) {
        if (sapi_module.read_post == null) return 0;
        int read = sapi_module.read_post.read(buffer, buflen);
        if (read > 0) SapiGlobals.read_post_bytes += read;
        if (read < buflen) SapiGlobals.post_read = true;
        return read;
    }

    /** Port of sapi_read_standard_form_data: the whole body, up to post_max_size, into request_body. */
    public static void sapi_read_standard_form_data() {
        SapiRequestInfo ri = SapiGlobals.request_info;
        long max = SapiGlobals.post_max_size;
        if (max > 0 && ri.content_length > max) {
            PhpErrors.php_error_docref(ZendErrors.E_WARNING, "POST Content-Length of " + ri.content_length
                    + " bytes exceeds the limit of " + max + " bytes");
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (sapi_module.read_post != null) {
            byte[] buffer = new byte[SAPI_POST_BLOCK_SIZE];
            while (true) {
                int read = sapi_read_post_block(buffer, SAPI_POST_BLOCK_SIZE);
                if (read > 0) body.write(buffer, 0, read);
                if (max > 0 && SapiGlobals.read_post_bytes > max) {
                    PhpErrors.php_error_docref(ZendErrors.E_WARNING,
                            "Actual POST length does not match Content-Length, and exceeds " + max + " bytes");
                    break;
                }
                if (read < SAPI_POST_BLOCK_SIZE) break;
            }
        }
        ri.request_body = body.toByteArray();
        StartupTrace.stage("sapi_read_standard_form_data", ri.request_body.length + " bytes of POST body ("
                + ri.content_type + ")");
    }

    /** Port of sapi_getenv: the SAPI's getenv, never HTTP_PROXY (bug #72573). */
    public static String sapi_getenv(String name) {
        if (sapi_module == null || sapi_module.getenv == null) return null;
        if (name.regionMatches(true, 0, "HTTP_PROXY", 0, Math.min(name.length(), 10)) && name.length() <= 10) return null;
        return sapi_module.getenv.apply(name);
    }

    /** Port of sapi_flush. */
    public static void sapi_flush() {
        if (sapi_module.flush != null) sapi_module.flush.run();
    }

    /** Port of sapi_get_request_time. */
    public static double sapi_get_request_time() {
        if (SapiGlobals.global_request_time != 0) return SapiGlobals.global_request_time;
        if (sapi_module.get_request_time != null && SapiGlobals.server_context != null) {
            SapiGlobals.global_request_time = sapi_module.get_request_time.getAsDouble();
        } else {
            SapiGlobals.global_request_time = System.currentTimeMillis() / 1000.0;
        }
        return SapiGlobals.global_request_time;
    }

    /** Port of sapi_terminate_process. */
    public static void sapi_terminate_process() {
        if (sapi_module.terminate_process != null) sapi_module.terminate_process.run();
    }

    /** Port of get_default_content_type: default_mimetype, plus "; charset=…" for text/*. */
    public static String sapi_get_default_content_type() {
        String mimetype = SapiGlobals.default_mimetype != null ? SapiGlobals.default_mimetype : SAPI_DEFAULT_MIMETYPE;
        String charset = SapiGlobals.default_charset != null ? SapiGlobals.default_charset : SAPI_DEFAULT_CHARSET;
        if (!charset.isEmpty() && mimetype.regionMatches(true, 0, "text/", 0, 5)) {
            return mimetype + "; charset=" + charset;
        }
        return mimetype;
    }

    /** Port of sapi_apply_default_charset: a text/* type without "charset=" gets ";charset=…"; else null. */
    public static String sapi_apply_default_charset(String mimetype) {
        String charset = SapiGlobals.default_charset != null ? SapiGlobals.default_charset : SAPI_DEFAULT_CHARSET;
        if (mimetype != null && !charset.isEmpty() && mimetype.startsWith("text/") && !mimetype.contains("charset=")) {
            return mimetype + ";charset=" + charset;
        }
        return null;
    }

    /** Port of sapi_add_header_ex with REPLACE/ADD: header() without a response code. */
    public static boolean sapi_add_header(String line, boolean replace) {
        return sapi_header_op(replace ? SapiHeaderOp.SAPI_HEADER_REPLACE : SapiHeaderOp.SAPI_HEADER_ADD, line, 0);
    }

    /**
     * Port of sapi_header_op: header($line, $replace, $code), header_remove($name) (DELETE),
     * header_remove() (DELETE_ALL) and http_response_code($code) (SET_STATUS, code in
     * {@code responseCode}). Returns false (FAILURE) with a warning when the headers were sent or
     * the line is not a single header.
     */
    public static boolean sapi_header_op(SapiHeaderOp op, String line, int responseCode) {
        if (SapiGlobals.headers_sent && !SapiGlobals.request_info.no_headers) {
            String file = PhpOutput.php_output_get_start_filename();
            if (file != null) {
                sapi_module.sapi_error.error(ZendErrors.E_WARNING, "Cannot modify header information - headers already sent by (output started at "
                        + file + ":" + PhpOutput.php_output_get_start_lineno() + ")");
            } else {
                sapi_module.sapi_error.error(ZendErrors.E_WARNING, "Cannot modify header information - headers already sent");
            }
            return false;
        }
        SapiHeaders headers = SapiGlobals.sapi_headers;
        switch (op) {
            case SAPI_HEADER_SET_STATUS -> {
                sapi_update_response_code(responseCode);
                return true;
            }
            case SAPI_HEADER_DELETE_ALL -> {
                if (sapi_module.header_handler != null) sapi_module.header_handler.handle(null, op, headers);
                headers.headers.clear();
                return true;
            }
            default -> {
                if (line == null || line.isEmpty()) return false;
            }
        }
        int len = line.length();
        while (len > 0 && isCSpace(line.charAt(len - 1))) len--;
        String header = line.substring(0, len);
        if (op == SapiHeaderOp.SAPI_HEADER_DELETE) {
            if (header.indexOf(':') >= 0) {
                sapi_module.sapi_error.error(ZendErrors.E_WARNING, "Header to delete may not contain colon.");
                return false;
            }
            if (sapi_module.header_handler != null) sapi_module.header_handler.handle(new SapiHeader(header), op, headers);
            sapi_remove_header(headers, header);
            return true;
        }
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\n' || c == '\r') {
                sapi_module.sapi_error.error(ZendErrors.E_WARNING, "Header may not contain more than a single header, new line detected");
                return false;
            }
            if (c == 0) {
                sapi_module.sapi_error.error(ZendErrors.E_WARNING, "Header may not contain NUL bytes");
                return false;
            }
        }
        if (header.length() >= 5 && header.regionMatches(true, 0, "HTTP/", 0, 5)) {
            sapi_update_response_code(sapi_extract_response_code(header));
            headers.http_status_line = header;
            return true;
        }
        int colon = header.indexOf(':');
        if (colon >= 0) {
            String name = header.substring(0, colon);
            if (name.equalsIgnoreCase("Content-Type")) {
                int p = colon + 1;
                while (p < header.length() && header.charAt(p) == ' ') p++;
                String mimetype = header.substring(p);
                String withCharset = sapi_apply_default_charset(mimetype);
                if (withCharset != null) mimetype = withCharset;
                if (headers.mimetype == null) setMimetype(mimetype);
                if (withCharset != null) header = "Content-type: " + mimetype;
                headers.send_default_content_type = false;
            } else if (name.equalsIgnoreCase("Location")) {
                int code = headers.http_response_code;
                if ((code < 300 || code > 399) && code != 201) {
                    String method = SapiGlobals.request_info.request_method;
                    if (responseCode != 0) {
                        sapi_update_response_code(responseCode);
                    } else if (SapiGlobals.request_info.proto_num > 1000 && method != null
                            && !method.equals("HEAD") && !method.equals("GET")) {
                        sapi_update_response_code(303);
                    } else {
                        sapi_update_response_code(302);
                    }
                }
            } else if (name.equalsIgnoreCase("WWW-Authenticate")) {
                sapi_update_response_code(401);
            }
        }
        if (responseCode != 0) sapi_update_response_code(responseCode);
        sapi_header_add_op(op, new SapiHeader(header));
        return true;
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    /** Port of sapi_header_add_op: the SAPI's header_handler decides whether SAPI.c keeps the header. */
    private static void sapi_header_add_op(SapiHeaderOp op, SapiHeader header) {
        SapiHeaders headers = SapiGlobals.sapi_headers;
        if (sapi_module.header_handler == null
                || (SAPI_HEADER_ADD & sapi_module.header_handler.handle(header, op, headers)) != 0) {
            if (op == SapiHeaderOp.SAPI_HEADER_REPLACE && header.header().indexOf(':') >= 0) {
                sapi_remove_header(headers, header.name());
            }
            headers.headers.add(header);
        }
    }

    /** Port of sapi_remove_header: every header named {@code name} (case-insensitively) goes. */
    private static void sapi_remove_header(SapiHeaders headers, String name) {
        for (Iterator<SapiHeader> it = headers.headers.iterator(); it.hasNext(); ) {
            String h = it.next().header();
            if (h.length() > name.length() && h.charAt(name.length()) == ':' && h.regionMatches(true, 0, name, 0, name.length())) {
                it.remove();
            }
        }
    }

    /** Port of sapi_update_response_code: a new code drops the script's status line. */
    static void sapi_update_response_code(int ncode) {
        SapiHeaders headers = SapiGlobals.sapi_headers;
        if (headers.http_response_code == ncode) return;
        headers.http_status_line = null;
        headers.http_response_code = ncode;
    }

    /** Port of sapi_extract_response_code: atoi after the first single space of "HTTP/1.1 404 …". */
    static int sapi_extract_response_code(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ' && (i + 1 >= line.length() || line.charAt(i + 1) != ' ')) {
                return (int) ZendAtol.atol(line.substring(i + 1));
            }
        }
        return 0;
    }

    /** SG(sapi_headers).mimetype = estrdup(…): kept in the request heap as PHP keeps it. */
    private static void setMimetype(String mimetype) {
        SapiHeaders headers = SapiGlobals.sapi_headers;
        if (SapiGlobals.mimetype_ptr != 0) ZendAlloc.efree(SapiGlobals.mimetype_ptr);
        byte[] bytes = mimetype.getBytes(StandardCharsets.ISO_8859_1);
        long p = ZendAlloc.emalloc(bytes.length + 1);
        for (int i = 0; i < bytes.length; i++) NativeMemory.putByte(p + i, bytes[i]);
        NativeMemory.putByte(p + bytes.length, (byte) 0);
        SapiGlobals.mimetype_ptr = p;
        headers.mimetype = mimetype;
    }

    /**
     * Port of sapi_send_headers: on first output, add the default Content-type, mark the headers
     * sent, and let the SAPI send them (or, for SAPI_HEADER_DO_SEND, send them one by one).
     */
    public static boolean sapi_send_headers() {
        SapiHeaders headers = SapiGlobals.sapi_headers;
        if (SapiGlobals.headers_sent || SapiGlobals.request_info.no_headers) return true;
        if (headers.send_default_content_type && sapi_module.send_headers != null) {
            String contentType = sapi_get_default_content_type();
            setMimetype(contentType);
            sapi_header_add_op(SapiHeaderOp.SAPI_HEADER_ADD, new SapiHeader("Content-type: " + contentType));
            headers.send_default_content_type = false;
        }
        SapiGlobals.headers_sent = true;
        int retval = sapi_module.send_headers != null ? sapi_module.send_headers.applyAsInt(headers) : SAPI_HEADER_DO_SEND;
        StartupTrace.stage("sapi_send_headers", headers.headers.size() + " header(s), status "
                + (headers.http_response_code == 0 ? 200 : headers.http_response_code));
        switch (retval) {
            case SAPI_HEADER_SENT_SUCCESSFULLY -> {
                return true;
            }
            case SAPI_HEADER_DO_SEND -> {
                String status = headers.http_status_line != null ? headers.http_status_line
                        : "HTTP/1.0 " + headers.http_response_code + " X";
                sapi_module.send_header.accept(new SapiHeader(status));
                for (SapiHeader h : headers.headers) sapi_module.send_header.accept(h);
                sapi_module.send_header.accept(null);
                return true;
            }
            default -> {
                SapiGlobals.headers_sent = false;
                return false;
            }
        }
    }
}
