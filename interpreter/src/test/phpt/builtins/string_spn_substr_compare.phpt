--TEST--
strspn and strcspn with offset and length, substr_compare
--FILE--
<?php
var_dump(strspn("42 is the answer", "1234567890"), strspn("foo", "o", 1, 2), strspn("abc", "abc", -1), strspn("abc", "a", 5), strspn("abc", "", 0), strspn("aaa", "a", 0, -1), strspn("", "a"), strspn("abc", "ab", -10, 10));
var_dump(strcspn("abcd", "cd"), strcspn("hello", "l", -4, 2), strcspn("abc", ""), strcspn("a\0b", ""), strcspn("abc", "x", 1), strcspn("", "a"), strcspn("abc", "c", 0, -5));
var_dump(substr_compare("Hello", "ello", 1), substr_compare("Hello", "ELLO", 1, 4, true), substr_compare("abcde", "bc", 1, 2), substr_compare("abcde", "de", -2), substr_compare("abcde", "bd", 1, 2), substr_compare("abcde", "BC", 1, 3, true), substr_compare("a", "a", 0, 0), substr_compare("abc", "abcd", 0), substr_compare("abc", "", 3), substr_compare("abcde", "cd", -10, 2));
--EXPECT--
int(2)
int(2)
int(1)
int(0)
int(0)
int(2)
int(0)
int(2)
int(2)
int(1)
int(3)
int(1)
int(2)
int(0)
int(0)
int(0)
int(0)
int(0)
int(0)
int(-1)
int(1)
int(0)
int(-1)
int(0)
int(-2)
