package jzend.sapi.cgi;

import jzend.main.InProcess;
import jzend.main.SAPI;
import jzend.main.SAPI.SapiHeaderOp;
import jzend.main.SapiGlobals;
import jzend.zend.Zend;
import jzend.zend.ZendExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * php-cgi in plain CGI mode, in-process. The expected responses were recorded from php-cgi 8.2.36
 * ({@code php-cgi -n h.php} with the script making the same header()/http_response_code() calls);
 * jzend's X-Powered-By carries its PHP_VERSION, 8.2.36-jzend.
 */
class CgiMainTest {
    @TempDir
    Path dir;

    private static final String POWERED = "X-Powered-By: PHP/8.2.36-jzend\r\n";
    private static final String HTML = "Content-type: text/html; charset=UTF-8\r\n";

    private record Response(int status, String out) {}

    private Response cgi(Map<String, String> env, String body, ZendExecutor engine, String... args) {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try (InProcess p = new InProcess(env, engine)) {
            CgiRequest request = new CgiRequest(env, new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)), response);
            int status = CgiMain.cgi_main(args, request);
            assertEquals("", p.stderr());
            return new Response(status, response.toString(StandardCharsets.ISO_8859_1) + p.stdout());
        }
    }

    private Map<String, String> env(Path script, String... extra) {
        Map<String, String> e = new HashMap<>(Map.of("REQUEST_METHOD", "GET", "REDIRECT_STATUS", "200",
                "SCRIPT_FILENAME", script.toString(), "GATEWAY_INTERFACE", "CGI/1.1"));
        for (int i = 0; i < extra.length; i += 2) e.put(extra[i], extra[i + 1]);
        return e;
    }

    /** The real engine: header(), http_response_code() and header_remove() of a script reach the CGI response (php-cgi 8.2.36's). */
    @Test
    void headerFunctionsOfARealScriptShapeTheResponse() throws Exception {
        Path script = dir.resolve("h.php");
        java.nio.file.Files.writeString(script, "<?php header(\"X-Test: yes\"); header(\"X-Gone: 1\"); header_remove(\"X-Gone\");"
                + " http_response_code(201); header(\"Location: /x\", true, 302); echo \"body\";");
        Response r = cgi(env(script), "", null, "-n");
        assertEquals("Status: 302 Found\r\n" + POWERED + "X-Test: yes\r\nLocation: /x\r\n" + HTML + "\r\nbody", r.out());
    }

    /** A script whose code calls header ops, then echoes "x". */
    private String headersThen(Path script, Runnable headerCalls) {
        return cgi(env(script), "", file -> {
            headerCalls.run();
            byte[] x = {'x'};
            Zend.zend_write(x, 0, 1);
        }).out();
    }

    @Test
    void headersThenBody() throws Exception {
        Path c = dir.resolve("c.php");
        Files.writeString(c, "hello <?php echo 1; ?>\nworld\n");
        Response r = cgi(env(c), "", null);
        assertEquals(0, r.status());
        assertEquals(POWERED + HTML + "\r\nhello 1world\n", r.out());
    }

    @Test
    void statusLinesAndHeaderRules() throws Exception {
        Path h = dir.resolve("h.php");
        Files.writeString(h, "<?php /* header calls */");
        assertEquals("Status: 500 Internal Server Error\r\n" + POWERED + HTML + "\r\nx",
                headersThen(h, () -> SAPI.sapi_header_op(SapiHeaderOp.SAPI_HEADER_SET_STATUS, null, 500)));
        assertEquals("Status: 404 Nope\r\n" + POWERED + HTML + "\r\nx",
                headersThen(h, () -> SAPI.sapi_add_header("HTTP/1.0 404 Nope", true)));
        assertEquals("Status: 302 Found\r\n" + POWERED + "Location: /a\r\n" + HTML + "\r\nx",
                headersThen(h, () -> SAPI.sapi_add_header("Location: /a", true)));
        assertEquals(POWERED + "Content-type: text/plain;charset=UTF-8\r\n\r\nx",
                headersThen(h, () -> SAPI.sapi_add_header("Content-Type: text/plain", true)));
        assertEquals(POWERED + "Content-Type: application/json\r\n\r\nx",
                headersThen(h, () -> SAPI.sapi_add_header("Content-Type: application/json", true)));
        assertEquals(POWERED + "X-A: 1\r\nX-A: 2\r\nX-B: 4\r\n" + HTML + "\r\nx", headersThen(h, () -> {
            SAPI.sapi_add_header("X-A: 1", true);
            SAPI.sapi_add_header("X-A: 2", false);
            SAPI.sapi_add_header("x-b: 3", true);
            SAPI.sapi_add_header("X-B: 4", true);
        }));
        assertEquals(POWERED + "Status: 201 Made\r\n" + HTML + "\r\nx",
                headersThen(h, () -> SAPI.sapi_add_header("Status: 201 Made", true)));
        assertEquals("Status: 299\r\n" + POWERED + HTML + "\r\nx",
                headersThen(h, () -> SAPI.sapi_header_op(SapiHeaderOp.SAPI_HEADER_SET_STATUS, null, 299)));
        assertEquals(HTML + "\r\nx",
                headersThen(h, () -> SAPI.sapi_header_op(SapiHeaderOp.SAPI_HEADER_DELETE, "X-Powered-By", 0)));
        assertEquals("Status: 304 Not Modified\r\n" + POWERED + "\r\nx",
                headersThen(h, () -> SAPI.sapi_header_op(SapiHeaderOp.SAPI_HEADER_SET_STATUS, null, 304)));
    }

    @Test
    void securityAlertWithoutRedirectStatus() throws Exception {
        Path c = dir.resolve("c.php");
        Files.writeString(c, "hello");
        Map<String, String> e = env(c);
        e.remove("REDIRECT_STATUS");
        Response r = cgi(e, "", null);
        assertEquals(255, r.status());
        assertEquals(CgiMain.SECURITY_ALERT, r.out());
        assertTrue(r.out().startsWith("<b>Security Alert!</b> The PHP CGI cannot be accessed directly.\n\n<p>This PHP CGI binary"));
    }

    @Test
    void missingScriptIs404() {
        Response r = cgi(env(dir.resolve("nope.php")), "", null);
        assertEquals(255, r.status());
        assertEquals("Status: 404 Not Found\r\n" + POWERED + HTML + "\r\nNo input file specified.\n", r.out());
    }

    @Test
    void postBodyIsReadUpToContentLength() throws Exception {
        Path c = dir.resolve("p.php");
        Files.writeString(c, "ok");
        byte[][] body = new byte[1][];
        Map<String, String> e = env(c, "REQUEST_METHOD", "POST", "CONTENT_TYPE", "application/x-www-form-urlencoded",
                "CONTENT_LENGTH", "5");
        Response r = cgi(e, "a=1&b=2&c=3", file -> body[0] = SapiGlobals.request_info.request_body);
        assertEquals(0, r.status());
        assertEquals("a=1&b", new String(body[0], StandardCharsets.ISO_8859_1));
    }

    @Test
    void postLargerThanPostMaxSizeWarnsAtRequestStartUp() throws Exception {
        Path c = dir.resolve("hi.php");
        Files.writeString(c, "hi\n");
        Response r = cgi(env(c, "REQUEST_METHOD", "POST", "CONTENT_LENGTH", "99999999999"), "", null);
        // php-cgi -n, same environment: no X-Powered-By once the warning has sent the headers
        assertEquals(HTML + "\r\n<br />\n<b>Warning</b>:  PHP Request Startup: POST Content-Length of 99999999999 bytes exceeds"
                + " the limit of 8388608 bytes in <b>Unknown</b> on line <b>0</b><br />\nhi\n", r.out());
    }

    @Test
    void commandLineModeWithQuietFlag() throws Exception {
        Path c = dir.resolve("c.php");
        Files.writeString(c, "hello <?php echo 1; ?>\nworld\n");
        Response r = cgi(Map.of(), "", null, "-n", "-q", c.toString());
        assertEquals("hello 1world\n", r.out()); // php-cgi -n -q c.php
        Response v = cgi(Map.of(), "", null, "-v");
        assertTrue(v.out().startsWith("jzend 0.1.0 (cgi-fcgi) (NTS) - follows PHP 8.2.36"), v.out());
    }
}
