package jzend.sapi.cli;

import jzend.main.InProcess;
import jzend.main.PhpGlobals;
import jzend.zend.ZendIni;
import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.ZendAlloc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The cli SAPI in-process. Expected texts are what php 8.2.36 prints for the same situation
 * (php -n … with the script doing the same allocation or ini_set), recorded by hand.
 */
class PhpCliTest {
    @TempDir
    Path dir;

    private Path script(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void inlineHtmlPassesThroughAroundTheCode() throws Exception {
        Path t = script("t.php", "a\n<?php echo 1; ?>\nb\n<?php ?>c<?php\n?>\r\nd\n");
        try (InProcess p = new InProcess(Map.of(), null)) {
            assertEquals(0, PhpCli.run(new String[] {"-n", t.toString()}));
            assertEquals("a\n1b\ncd\n", p.stdout()); // php -n t.php
            assertEquals("", p.stderr());
        }
    }

    @Test
    void shebangLineIsSkipped() throws Exception {
        Path t = script("sb.php", "#!/usr/bin/php\r\nhello\n");
        try (InProcess p = new InProcess(Map.of(), null)) {
            assertEquals(0, PhpCli.run(new String[] {t.toString()}));
            assertEquals("hello\n", p.stdout());
        }
    }

    @Test
    void memoryLimitExhaustedIsPhpsFatalErrorAndTheHeapRecovers() throws Exception {
        Path m = script("m.php", "<?php\nini_set(\"memory_limit\",\"2M\");\n$s = str_repeat(\"x\", 5000000);\n");
        long[] during = new long[1];
        try (InProcess p = new InProcess(Map.of(), file -> {
            InProcess.at(file.filename(), 2);
            assertTrue(ZendIni.zend_alter_ini_entry("memory_limit", "2M"));
            InProcess.at(file.filename(), 3);
            during[0] = AllocGlobals.mm_heap.size();
            ZendAlloc.emalloc(5_000_000 + 32); // the zend_string str_repeat allocates
            fail("the limit did not stop the allocation");
        })) {
            assertEquals(255, PhpCli.run(new String[] {"-n", m.toString()}));
            // php -n m.php (stdout; nothing on stderr; exit 255)
            assertEquals("\nFatal error: Allowed memory size of 2097152 bytes exhausted (tried to allocate 5001216 bytes) in "
                    + m.toRealPath() + " on line 3\n", p.stdout());
            assertEquals("", p.stderr());
        }
    }

    @Test
    void refusedMemoryLimitWarnsAndKeepsTheOldValue() throws Exception {
        Path w = script("w.php", "<?php\nvar_dump(ini_set(\"memory_limit\",\"1M\"));\n");
        boolean[] result = {true};
        String[] after = new String[1];
        try (InProcess p = new InProcess(Map.of(), file -> {
            InProcess.at(file.filename(), 2);
            result[0] = ZendIni.zend_alter_ini_entry("memory_limit", "1M");
            after[0] = ZendIni.zend_ini_get_value("memory_limit");
        })) {
            assertEquals(0, PhpCli.run(new String[] {"-n", w.toString()}));
            assertFalse(result[0]);
            assertEquals("128M", after[0]);
            assertEquals("\nWarning: Failed to set memory limit to 1048576 bytes (Current memory usage is 2097152 bytes) in "
                    + w.toRealPath() + " on line 2\n", p.stdout());
        }
    }

    @Test
    void refusedMemoryLimitAtStartUpIsAnUnknownLineZeroWarning() throws Exception {
        Path hi = script("hi.php", "hi\n");
        try (InProcess p = new InProcess(Map.of(), null)) {
            assertEquals(0, PhpCli.run(new String[] {"-n", "-d", "memory_limit=1M", hi.toString()}));
            // php -n -d memory_limit=1M hi.php
            assertEquals("\nWarning: Failed to set memory limit to 1048576 bytes (Current memory usage is 2097152 bytes) in Unknown on line 0\nhi\n",
                    p.stdout());
            assertEquals(134217728L, PhpGlobals.memory_limit);
        }
    }

    @Test
    void displayErrorsStderrAndLogErrors() throws Exception {
        Path hi = script("hi.php", "hi\n");
        try (InProcess p = new InProcess(Map.of(), null)) {
            PhpCli.run(new String[] {"-n", "-d", "display_errors=stderr", "-d", "memory_limit=abc", hi.toString()});
            assertEquals("hi\n", p.stdout());
            assertEquals("Warning: Invalid \"memory_limit\" setting. Invalid quantity \"abc\": no valid leading digits, interpreting as \"0\" for backwards compatibility in Unknown on line 0\n"
                    + "Warning: Failed to set memory limit to 0 bytes (Current memory usage is 2097152 bytes) in Unknown on line 0\n", p.stderr());
        }
        try (InProcess p = new InProcess(Map.of(), null)) {
            PhpCli.run(new String[] {"-n", "-d", "log_errors=1", "-d", "display_errors=0", "-d", "memory_limit=1M", hi.toString()});
            assertEquals("hi\n", p.stdout());
            assertEquals("PHP Warning:  Failed to set memory limit to 1048576 bytes (Current memory usage is 2097152 bytes) in Unknown on line 0\n",
                    p.stderr());
        }
    }

    @Test
    void missingFileAndUsageErrors() {
        try (InProcess p = new InProcess(Map.of(), null)) {
            assertEquals(1, PhpCli.run(new String[] {"-n", dir.resolve("x.php").toString()}));
            assertEquals("Could not open input file: " + dir.resolve("x.php") + "\n", p.stdout());
        }
        try (InProcess p = new InProcess(Map.of(), null)) {
            assertEquals(1, PhpCli.run(new String[] {"-n", "-Z"}));
            assertEquals("Error in argument 2, char 2: option not found Z\n", p.stderr());
            assertTrue(p.stdout().startsWith("Usage: jzend [options] [-f] <file> [--] [args...]\n   jzend [options] -r <code> [--] [args...]\n"));
        }
        try (InProcess p = new InProcess(Map.of(), null)) {
            assertEquals(0, PhpCli.run(new String[] {"-n", "-r", "echo 6 * 7, \"\\n\";"}));
            assertEquals("42\n", p.stdout()); // php -n -r 'echo 6 * 7, "\n";'
        }
        try (InProcess p = new InProcess(Map.of(), null)) {
            assertEquals(255, PhpCli.run(new String[] {"-n", "-r", "echo 1 +;"}));
            assertEquals("\nParse error: syntax error, unexpected token \";\" in Command line code on line 1\n", p.stdout());
        }
    }

    @Test
    void argvAfterTheScript() throws Exception {
        Path hi = script("hi.php", "hi\n");
        String[][] seen = new String[1][];
        try (InProcess p = new InProcess(Map.of(), file -> seen[0] = jzend.main.SapiGlobals.request_info.argv)) {
            PhpCli.run(new String[] {"-n", hi.toString(), "--", "-x", "y"});
            assertArrayEquals(new String[] {hi.toString(), "--", "-x", "y"}, seen[0]);
        }
    }
}
