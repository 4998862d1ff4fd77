--TEST--
TypeError, ValueError and Error messages of the array builtins, caught
--FILE--
<?php
try { array_merge([1], 2); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_merge(1); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_merge_recursive([1], 'x'); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_replace([1], "x"); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_combine([1, 2], [1]); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_fill(0, -1, 1); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_fill(PHP_INT_MAX, 2, 1); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_fill(0, PHP_INT_MAX, 1); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_pad([1], -2000000, 0); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_chunk([1], 0); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_chunk([1], -5); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_rand([]); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_rand([1, 2], 3); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_rand([1, 2], 0); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_diff([1], 2); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_diff(1, [2]); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_diff_key([1], 2); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_diff_assoc([1], [2], null); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_intersect([1], 2); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_intersect_key([1], true); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_intersect_assoc('x', [1]); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_column([[1]], []); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_column([[1]], 0, [1]); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_unique("x"); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_slice([1], "a"); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_flip(5); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_is_list(null); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_count_values(1.5); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_product('x'); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_fill_keys('k', 1); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_reverse(3); echo "no error\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
TypeError: array_merge(): Argument #2 must be of type array, int given
TypeError: array_merge(): Argument #1 must be of type array, int given
TypeError: array_merge_recursive(): Argument #2 must be of type array, string given
TypeError: array_replace(): Argument #2 must be of type array, string given
ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
ValueError: array_fill(): Argument #2 ($count) must be greater than or equal to 0
Error: Cannot add element to the array as the next element is already occupied
ValueError: array_fill(): Argument #2 ($count) is too large
ValueError: array_pad(): Argument #2 ($length) must be less than or equal to 1048576
ValueError: array_chunk(): Argument #2 ($length) must be greater than 0
ValueError: array_chunk(): Argument #2 ($length) must be greater than 0
ValueError: array_rand(): Argument #1 ($array) cannot be empty
ValueError: array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)
ValueError: array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)
TypeError: array_diff(): Argument #2 must be of type array, int given
TypeError: array_diff(): Argument #1 ($array) must be of type array, int given
TypeError: array_diff_key(): Argument #2 must be of type array, int given
TypeError: array_diff_assoc(): Argument #3 must be of type array, null given
TypeError: array_intersect(): Argument #2 must be of type array, int given
TypeError: array_intersect_key(): Argument #2 must be of type array, bool given
TypeError: array_intersect_assoc(): Argument #1 ($array) must be of type array, string given
TypeError: array_column(): Argument #2 ($column_key) must be of type string|int|null, array given
TypeError: array_column(): Argument #3 ($index_key) must be of type string|int|null, array given
TypeError: array_unique(): Argument #1 ($array) must be of type array, string given
TypeError: array_slice(): Argument #2 ($offset) must be of type int, string given
TypeError: array_flip(): Argument #1 ($array) must be of type array, int given
TypeError: array_is_list(): Argument #1 ($array) must be of type array, null given
TypeError: array_count_values(): Argument #1 ($array) must be of type array, float given
TypeError: array_product(): Argument #1 ($array) must be of type array, string given
TypeError: array_fill_keys(): Argument #1 ($keys) must be of type array, string given
TypeError: array_reverse(): Argument #1 ($array) must be of type array, int given
