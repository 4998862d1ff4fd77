package jzend.agent;

import jzend.zend.ZendAtol;

/**
 * The rule both ways in apply, as alloc_globals_ctor reads it: USE_ZEND_ALLOC whose C atol() is 0
 * asks for the system allocator. It loads no class that calls the allocator (premain runs before
 * the transformer is in place) and nothing from java.lang.instrument (the launcher must run in a
 * runtime image without it).
 */
public final class AllocatorSwitch {
    private AllocatorSwitch() {}

    public static boolean systemAllocatorRequested(String useZendAlloc) {
        return useZendAlloc != null && ZendAtol.atol(useZendAlloc) == 0;
    }
}
