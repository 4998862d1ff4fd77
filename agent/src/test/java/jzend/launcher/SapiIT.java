package jzend.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The cli and cgi-fcgi SAPIs end to end: target/jzend.jar in a child JVM. Expected outputs were
 * recorded from php 8.2.36 / php-cgi 8.2.36 on the same inputs (jzend's program name and
 * PHP_VERSION "8.2.36-jzend" aside).
 */
class SapiIT {
    @TempDir
    Path dir;

    private Path script(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p;
    }

    private static void noJavaTrace(JzendProcess.Result r) {
        for (String s : new String[] {r.stdout(), r.stderr()}) {
            assertFalse(s.contains("Exception") || s.contains("\tat ") || s.contains("java.lang."), "Java trace leaked: " + s);
        }
    }

    @Test
    void cliRunsTheCodeBetweenInlineHtml() throws Exception {
        Path t = script("t.php", "a\n<?php echo 1; ?>\nb\n<?php ?>c<?php\n?>\r\nd\n");
        var r = JzendProcess.run(Map.of(), null, "-n", t.toString());
        assertEquals(0, r.exitCode());
        assertEquals("a\n1b\ncd\n", r.stdout()); // php -n t.php
        assertEquals("", r.stderr());
    }

    @Test
    void cliReadsTheScriptFromStdin() throws Exception {
        var r = JzendProcess.run(Map.of(), "stdin text\n".getBytes(StandardCharsets.ISO_8859_1), "-n");
        assertEquals("stdin text\n", r.stdout());
    }

    @Test
    void cliMissingFileUnknownOptionAndCodeErrors() throws Exception {
        var missing = JzendProcess.run(Map.of(), null, "x.php");
        assertEquals(1, missing.exitCode());
        assertEquals("Could not open input file: x.php\n", missing.stdout());
        var unknown = JzendProcess.run(Map.of(), null, "-n", "-Z");
        assertEquals(1, unknown.exitCode());
        assertEquals("Error in argument 2, char 2: option not found Z\n", unknown.stderr());
        assertTrue(unknown.stdout().startsWith("Usage: jzend [options] [-f] <file> [--] [args...]\n"));
        var help = JzendProcess.run(Map.of(), null, "-h");
        assertEquals(0, help.exitCode());
        assertEquals(unknown.stdout(), help.stdout());
        var r = JzendProcess.run(Map.of(), null, "-n", "-r", "echo 1 +;");
        assertEquals(255, r.exitCode());
        assertEquals("\nParse error: syntax error, unexpected token \";\" in Command line code on line 1\n", r.stdout());
        noJavaTrace(r);
        var lint = JzendProcess.run(Map.of(), null, "-n", "-l", "x.php");
        assertEquals(1, lint.exitCode());
        assertEquals("Could not open input file: x.php\n", lint.stdout());
    }

    @Test
    void cliStartUpWarningForARefusedMemoryLimit() throws Exception {
        Path hi = script("hi.php", "hi\n");
        var r = JzendProcess.run(Map.of(), null, "-n", "-d", "memory_limit=1M", hi.toString());
        assertEquals(0, r.exitCode());
        assertEquals("\nWarning: Failed to set memory limit to 1048576 bytes (Current memory usage is 2097152 bytes) in Unknown on line 0\nhi\n",
                r.stdout());
    }

    @Test
    void versionNamesJzendAndThePhpItFollows() throws Exception {
        var r = JzendProcess.run(Map.of(), null, "-v");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().startsWith("jzend 0.1.0 (cli) (NTS) - follows PHP 8.2.36 (PHP_VERSION 8.2.36-jzend)\n"), r.stdout());
    }

    @Test
    void cgiPrintsHeadersThenBody() throws Exception {
        Path c = script("c.php", "hello <?php echo 1; ?>\nworld\n");
        var r = JzendProcess.run(Map.of("REDIRECT_STATUS", "200", "REQUEST_METHOD", "GET", "SCRIPT_FILENAME", c.toString()), null,
                "--sapi=cgi-fcgi");
        assertEquals(0, r.exitCode());
        assertEquals("X-Powered-By: PHP/8.2.36-jzend\r\nContent-type: text/html; charset=UTF-8\r\n\r\nhello 1world\n", r.stdout());
        var q = JzendProcess.run(Map.of(), null, "--sapi=cgi-fcgi", "-n", "-q", c.toString());
        assertEquals("hello 1world\n", q.stdout()); // php-cgi -n -q c.php
    }

    @Test
    void cgiSecurityAlertAndMissingScript() throws Exception {
        Path c = script("c.php", "hello");
        var alert = JzendProcess.run(Map.of("REQUEST_METHOD", "GET", "SCRIPT_FILENAME", c.toString()), null, "--sapi=cgi-fcgi");
        assertEquals(255, alert.exitCode());
        assertTrue(alert.stdout().startsWith("<b>Security Alert!</b> The PHP CGI cannot be accessed directly.\n\n"), alert.stdout());
        var missing = JzendProcess.run(Map.of("REDIRECT_STATUS", "1", "REQUEST_METHOD", "GET",
                "SCRIPT_FILENAME", dir.resolve("nope.php").toString()), null, "--sapi=cgi-fcgi");
        assertEquals(255, missing.exitCode());
        assertEquals("Status: 404 Not Found\r\nX-Powered-By: PHP/8.2.36-jzend\r\nContent-type: text/html; charset=UTF-8\r\n\r\n"
                + "No input file specified.\n", missing.stdout());
    }

    @Test
    void cgiReadsThePostBodyUpToContentLength() throws Exception {
        Path c = script("p.php", "ok");
        var r = JzendProcess.run(Map.of("REDIRECT_STATUS", "200", "REQUEST_METHOD", "POST", "SCRIPT_FILENAME", c.toString(),
                        "CONTENT_TYPE", "application/x-www-form-urlencoded", "CONTENT_LENGTH", "5", "JZEND_TRACE", "startup"),
                "a=1&b=2&c=3".getBytes(StandardCharsets.ISO_8859_1), "--sapi=cgi-fcgi");
        assertEquals(0, r.exitCode());
        assertTrue(r.stdout().endsWith("\r\n\r\nok"), r.stdout());
        assertTrue(r.stderr().contains("sapi_read_standard_form_data: 5 bytes of POST body (application/x-www-form-urlencoded)"), r.stderr());
    }

    @Test
    void traceShowsTheChainInOrder() throws Exception {
        Path hi = script("hi.php", "hi\n");
        var r = JzendProcess.run(Map.of("JZEND_TRACE", "startup"), null, "-n", hi.toString());
        assertEquals("hi\n", r.stdout());
        List<String> stages = new ArrayList<>();
        for (String line : r.stderr().split("\n")) {
            assertTrue(line.startsWith("[startup] ") && line.contains(" | heap "), line);
            stages.add(line.substring(10).strip().split("[: |]")[0]);
        }
        List<String> expected = List.of("sapi_startup", "php_module_startup", "zend_startup", "start_memory_manager",
                "alloc_globals_ctor", "zend_mm_init", "php_init_config", "zend_register_ini_entries", "shutdown_memory_manager",
                "php_request_startup", "sapi_activate", "php_execute_script", "sapi_send_headers", "php_request_shutdown",
                "sapi_deactivate", "shutdown_memory_manager", "zend_set_memory_limit", "php_module_shutdown",
                "shutdown_memory_manager", "sapi_shutdown");
        int at = 0;
        for (String stage : stages) {
            if (at < expected.size() && stage.equals(expected.get(at))) at++;
        }
        assertEquals(expected.size(), at, "stages in order " + expected + " within " + stages);
        assertTrue(r.stderr().contains("zend_mm_init: main chunk mapped, the heap lives in it | heap zendmm size=0 peak=0 real=2097152"), r.stderr());
    }

    @Test
    void unknownMemTypeIsOneLine() throws Exception {
        Path hi = script("hi.php", "hi\n");
        var r = JzendProcess.run(Map.of("ZEND_MM_MEM_TYPE", "bogus"), null, hi.toString());
        assertEquals(255, r.exitCode());
        assertEquals("", r.stdout());
        assertEquals("Wrong or unsupported zend_mm storage type 'bogus'; supported types: 'mmap_anon' (default), 'mmap_zero', 'malloc'\n", r.stderr());
    }

    @Test
    void useZendAllocZeroWithoutTheAgentIsOneLine() throws Exception {
        Path hi = script("hi.php", "hi\n");
        // the cli's own main, without the launcher's weaving class loader
        List<String> cmd = List.of(JzendProcess.java(), "--enable-native-access=ALL-UNNAMED", "-cp", JzendProcess.jar().toString(),
                "jzend.sapi.cli.PhpCli", hi.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("USE_ZEND_ALLOC", "0");
        pb.redirectErrorStream(false);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue());
        assertEquals("", out);
        assertEquals("jzend: USE_ZEND_ALLOC=0 selects the system allocator, which needs the allocator agent to reroute"
                + " emalloc/efree to malloc, and the agent is not active in this JVM\n", err);
        // through the launcher the allocator is switched and the script runs
        var woven = JzendProcess.run(Map.of("USE_ZEND_ALLOC", "0"), null, hi.toString());
        assertEquals(0, woven.exitCode(), woven.stderr());
        assertEquals("hi\n", woven.stdout());
    }

    @Test
    void unknownSapiIsOneLine() throws Exception {
        var r = JzendProcess.run(Map.of(), null, "--sapi=fpm");
        assertEquals(1, r.exitCode());
        assertEquals("jzend: unknown SAPI 'fpm'; available: cli, cgi-fcgi\n", r.stderr());
    }
}
