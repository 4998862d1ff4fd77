package jzend.zend.hash;

/**
 * zend_symtable_* (zend_hash.h): string-keyed operations where a numeric string
 * ({@link ZendHandleNumericStr}) is used as the integer key, as PHP array keys are.
 */
public final class ZendSymtable {
    private ZendSymtable() {}

    /** Port of zend_symtable_update. */
    public static long zend_symtable_update(long ht, long key, long pData) {
        return ZendHandleNumericStr.isIntegerKey(key)
                ? ZendHash.zend_hash_index_update(ht, ZendHandleNumericStr.integerKey(key), pData)
                : ZendHash.zend_hash_update(ht, key, pData);
    }

    /** Port of zend_symtable_add_new (here an add: 0 when the key exists). */
    public static long zend_symtable_add(long ht, long key, long pData) {
        return ZendHandleNumericStr.isIntegerKey(key)
                ? ZendHash.zend_hash_index_add(ht, ZendHandleNumericStr.integerKey(key), pData)
                : ZendHash.zend_hash_add(ht, key, pData);
    }

    /** Port of zend_symtable_find. */
    public static long zend_symtable_find(long ht, long key) {
        return ZendHandleNumericStr.isIntegerKey(key)
                ? ZendHash.zend_hash_index_find(ht, ZendHandleNumericStr.integerKey(key))
                : ZendHash.zend_hash_find(ht, key);
    }

    /** Port of zend_symtable_del. */
    public static boolean zend_symtable_del(long ht, long key) {
        return ZendHandleNumericStr.isIntegerKey(key)
                ? ZendHash.zend_hash_index_del(ht, ZendHandleNumericStr.integerKey(key))
                : ZendHash.zend_hash_del(ht, key);
    }

    /** Port of zend_symtable_exists. */
    public static boolean zend_symtable_exists(long ht, long key) {
        return zend_symtable_find(ht, key) != 0;
    }

    /** zend_symtable lookup for writes (as zend_fetch_dimension_address_inner does): the zval for key, NULL if new. */
    public static long zend_symtable_lookup(long ht, long key) {
        return ZendHandleNumericStr.isIntegerKey(key)
                ? ZendHash.zend_hash_index_lookup(ht, ZendHandleNumericStr.integerKey(key))
                : ZendHash.zend_hash_lookup(ht, key);
    }

    /** Port of zend_symtable_str_update. */
    public static long zend_symtable_str_update(long ht, byte[] str, long pData) {
        Long idx = ZendHandleNumericStr.handle(str);
        return idx != null ? ZendHash.zend_hash_index_update(ht, idx, pData) : ZendHash.zend_hash_str_update(ht, str, pData);
    }

    /** Port of zend_symtable_str_find. */
    public static long zend_symtable_str_find(long ht, byte[] str) {
        Long idx = ZendHandleNumericStr.handle(str);
        return idx != null ? ZendHash.zend_hash_index_find(ht, idx) : ZendHash.zend_hash_str_find(ht, str);
    }

    /** Port of zend_symtable_str_del. */
    public static boolean zend_symtable_str_del(long ht, byte[] str) {
        Long idx = ZendHandleNumericStr.handle(str);
        return idx != null ? ZendHash.zend_hash_index_del(ht, idx) : ZendHash.zend_hash_str_del(ht, str);
    }
}
