package jzend.main;

import jzend.zend.ZendFileHandle;
import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.ZendAlloc;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Many requests on one module start-up, as a FastCGI worker will run them: after every
 * php_request_shutdown the heap is exactly back at its size after php_module_startup's reset,
 * whether the request freed what it allocated, leaked it, or died of a fatal error.
 */
class RequestLifecycleTest {
    @Test
    void theHeapIsBackAtItsBaselineAfterEachRequest() {
        int[] request = {0};
        try (InProcess p = new InProcess(Map.of(), file -> {
            request[0]++;
            long a = ZendAlloc.emalloc(100);               // small, leaked
            ZendAlloc.emalloc(40_000);                     // large run, leaked
            if (request[0] % 2 == 0) ZendAlloc.emalloc(3 << 20); // huge, leaked
            ZendAlloc.efree(a);
            if (request[0] == 3) {
                InProcess.at(file.filename(), 7);
                ZendAlloc.emalloc(200L << 20);             // over the 128M limit: fatal error
            }
            byte[] out = ("request " + request[0] + "\n").getBytes();
            jzend.zend.Zend.zend_write(out, 0, out.length);
        })) {
            SapiModule m = jzend.sapi.cli.CliModuleAccess.module();
            SAPI.sapi_startup(m);
            m.ini_entries = "html_errors=0\n"; // as the cli's HARDCODED_INI
            assertTrue(m.startup.startup(m));
            long baseline = AllocGlobals.mm_heap.size();
            long baselineReal = AllocGlobals.mm_heap.realSize();
            for (int i = 1; i <= 4; i++) {
                assertTrue(PhpMain.php_request_startup());
                PhpMain.php_execute_script(new ZendFileHandle("/r.php", "/r.php", null, new byte[0]));
                PhpMain.php_request_shutdown();
                assertEquals(baseline, AllocGlobals.mm_heap.size(), "size after request " + i);
                assertEquals(baselineReal, AllocGlobals.mm_heap.realSize(), "real size after request " + i);
                assertEquals(PhpGlobals.memory_limit, AllocGlobals.mm_heap.limit());
            }
            PhpMain.php_module_shutdown();
            SAPI.sapi_shutdown();
            assertNull(AllocGlobals.mm_heap);
            assertEquals("request 1\nrequest 2\n\nFatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 209715200 bytes) in /r.php on line 7\nrequest 4\n",
                    p.stdout());
        }
    }
}
