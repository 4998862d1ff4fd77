package jzend.ext.standard;

import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.hash.ZendHashSort;

/**
 * ext/standard/array.c's sorts by flag: sort, rsort, asort, arsort, ksort, krsort, natsort,
 * natcasesort — zend_hash_sort over the by-reference array (separated first, as
 * Z_PARAM_ARRAY_EX(array, 0, 1) does) with the compare function of {@link ArrayCompare}.
 */
public final class ArraySort {
    private ArraySort() {}

    private static void dataSort(long ex, long rv, boolean reverse, boolean renumber) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        long sortType = ZendParseParameters.optionalLong(ex, 2, ArrayCompare.PHP_SORT_REGULAR);
        ZendHashSort.zend_hash_sort(ht, ArrayCompare.php_get_data_compare_func(sortType, reverse), renumber);
        ZendVm.setBool(rv, true);
    }

    private static void keySort(long ex, long rv, boolean reverse) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        long sortType = ZendParseParameters.optionalLong(ex, 2, ArrayCompare.PHP_SORT_REGULAR);
        ZendHashSort.zend_hash_sort(ht, ArrayCompare.php_get_key_compare_func(sortType, reverse), false);
        ZendVm.setBool(rv, true);
    }

    /** PHP_FUNCTION(sort). */
    public static void sort(long ex, long rv) { dataSort(ex, rv, false, true); }

    /** PHP_FUNCTION(rsort). */
    public static void rsort(long ex, long rv) { dataSort(ex, rv, true, true); }

    /** PHP_FUNCTION(asort). */
    public static void asort(long ex, long rv) { dataSort(ex, rv, false, false); }

    /** PHP_FUNCTION(arsort). */
    public static void arsort(long ex, long rv) { dataSort(ex, rv, true, false); }

    /** PHP_FUNCTION(ksort). */
    public static void ksort(long ex, long rv) { keySort(ex, rv, false); }

    /** PHP_FUNCTION(krsort). */
    public static void krsort(long ex, long rv) { keySort(ex, rv, true); }

    /** php_natsort(…, 0): natsort. */
    public static void natsort(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        ZendHashSort.zend_hash_sort(ht, ArrayCompare.php_get_data_compare_func(ArrayCompare.PHP_SORT_NATURAL, false), false);
        ZendVm.setBool(rv, true);
    }

    /** php_natsort(…, 1): natcasesort. */
    public static void natcasesort(long ex, long rv) {
        long ht = ZendParseParameters.arrayByRef(ex, 1);
        ZendHashSort.zend_hash_sort(ht, ArrayCompare.php_get_data_compare_func(
                ArrayCompare.PHP_SORT_NATURAL | ArrayCompare.PHP_SORT_FLAG_CASE, false), false);
        ZendVm.setBool(rv, true);
    }
}
