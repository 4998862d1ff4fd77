package jzend.main;

import jzend.sapi.cli.PhpCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** SG(known_post_content_types): a persistent HashTable filled at module start-up, as sapi_globals_ctor and php_startup_sapi_content_types do. */
class KnownPostContentTypesTest {
    @TempDir
    Path dir;

    @Test
    void theUrlencodedReaderIsRegisteredInAPersistentTable() throws Exception {
        Path script = dir.resolve("p.php");
        Files.writeString(script, "<?php\n");
        SapiPostEntry[] seen = new SapiPostEntry[2];
        boolean[] persistent = new boolean[1];
        try (InProcess p = new InProcess(Map.of(), file -> {
            seen[0] = SAPI.sapi_find_post_entry("application/x-www-form-urlencoded");
            seen[1] = SAPI.sapi_find_post_entry("text/plain");
            persistent[0] = jzend.zend.hash.ZendArray.isPersistent(SapiGlobals.known_post_content_types);
        })) {
            PhpCli.run(new String[] {"-n", script.toString()});
        }
        assertNotNull(seen[0]);
        assertEquals("application/x-www-form-urlencoded", seen[0].contentType());
        assertNull(seen[1]);
        assertTrue(persistent[0], "outside the request heap, as PHP's persistent tables");
    }
}
