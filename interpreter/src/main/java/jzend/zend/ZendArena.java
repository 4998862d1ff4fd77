package jzend.zend;

import jzend.zend.alloc.ZendAlloc;

import static jzend.zend.alloc.NativeMemory.getLong;
import static jzend.zend.alloc.NativeMemory.putLong;

/**
 * Port of Zend/zend_arena.h: a bump allocator over blocks from emalloc, freed all at once. Each
 * block starts with its header (ptr, end, prev: 24 bytes); a request that does not fit gets a
 * new block of the same size as the current one (or larger, for a large request) linked to it.
 * The compiler's CG(arena) and CG(ast_arena) are arenas.
 */
public final class ZendArena {
    /** ZEND_MM_ALIGNED_SIZE(sizeof(zend_arena)). */
    static final int HEADER = 24;
    private static final int PTR = 0, END = 8, PREV = 16;

    /** The current (newest) block; *arena_ptr in php. */
    private long arena;

    private ZendArena(long arena) {
        this.arena = arena;
    }

    /** Port of zend_arena_create. */
    public static ZendArena create(long size) {
        long a = ZendAlloc.emalloc(size);
        putLong(a + PTR, a + HEADER);
        putLong(a + END, a + size);
        putLong(a + PREV, 0);
        return new ZendArena(a);
    }

    /** Port of zend_arena_alloc: {@code size} bytes (8-aligned) from the current block, or from a new one. */
    public long alloc(long size) {
        long ptr = getLong(arena + PTR);
        size = (size + 7) & ~7L;
        if (size <= getLong(arena + END) - ptr) {
            putLong(arena + PTR, ptr + size);
            return ptr;
        }
        long blockSize = getLong(arena + END) - arena;
        long arenaSize = size + HEADER > blockSize ? size + HEADER : blockSize;
        long fresh = ZendAlloc.emalloc(arenaSize);
        putLong(fresh + PTR, fresh + HEADER + size);
        putLong(fresh + END, fresh + arenaSize);
        putLong(fresh + PREV, arena);
        arena = fresh;
        return fresh + HEADER;
    }

    /** Port of zend_arena_destroy: every block, newest first. */
    public void destroy() {
        long a = arena;
        arena = 0;
        while (a != 0) {
            long prev = getLong(a + PREV);
            ZendAlloc.efree(a);
            a = prev;
        }
    }
}
