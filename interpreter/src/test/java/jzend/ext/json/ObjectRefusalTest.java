package jzend.ext.json;

import jzend.main.InProcess;
import jzend.sapi.cli.PhpCli;
import jzend.zend.alloc.ZendMemoryManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What jzend does where PHP would build an object it cannot have yet: json_decode() of a JSON
 * object without $associative and unserialize() of "O:" throw an Error saying so (never a wrong
 * value), after releasing everything decoded so far.
 */
class ObjectRefusalTest {
    @TempDir
    Path work;

    private String run(String code) throws Exception {
        Path script = work.resolve("t.php");
        Files.writeString(script, code);
        try (InProcess p = new InProcess(Map.of(), null)) {
            ZendMemoryManager.last_request_leaked = 0;
            PhpCli.run(new String[] {"-n", script.toString()});
            assertEquals(0, ZendMemoryManager.last_request_leaked, "bytes leaked by the request");
            return p.stdout();
        }
    }

    @Test
    void jsonObjectWithoutAssociativeIsRefused() throws Exception {
        String out = run("<?php\nvar_dump(json_decode('[1]'));\njson_decode('[1, {\"a\": [2]}]');\n");
        assertTrue(out.startsWith("array(1) {\n  [0]=>\n  int(1)\n}\n"), out);
        assertTrue(out.contains("Fatal error: Uncaught Error: jzend cannot decode a JSON object into a stdClass object yet"), out);
    }

    @Test
    void invalidJsonWithAnObjectIsStillASyntaxError() throws Exception {
        String out = run("<?php\nvar_dump(json_decode('{\"a\": 1'), json_last_error());\n");
        assertEquals("NULL\nint(4)\n", out); // as php -n prints it
    }

    @Test
    void unserializeOfAnObjectIsRefused() throws Exception {
        String out = run("<?php\nunserialize('a:2:{i:0;s:5:\"hello\";i:1;O:8:\"stdClass\":0:{}}');\n");
        assertTrue(out.contains("Fatal error: Uncaught Error: jzend cannot unserialize objects"), out);
    }
}
