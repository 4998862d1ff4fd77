--TEST--
strcmp family, strnatcmp, strnatcasecmp, similar_text, levenshtein
--FILE--
<?php
var_dump(strcmp("a", "b"), strcmp("b", "a"), strcmp("abc", "abc"), strcmp("abc", "ab"), strcmp("", "a"), strcmp("a", "A"), strcmp("10", "9"));
var_dump(strcasecmp("HELLO", "hello"), strcasecmp("Hello", "hellz"), strcasecmp("b", "A"), strcasecmp("ab", "ABC"));
var_dump(strncmp("abcd", "abcf", 3), strncmp("abcd", "abcf", 4), strncmp("ab", "abc", 5), strncmp("x", "y", 0));
var_dump(strncasecmp("HELLO world", "hello there", 5), strncasecmp("ab", "AC", 2), strncasecmp("abc", "AB", 3));
var_dump(strnatcmp("img12.png", "img10.png"), strnatcmp("img2", "img10"), strcmp("img2", "img10"), strnatcmp("a", "a"), strnatcmp("x01", "x1"), strnatcmp("", "a"));
var_dump(strnatcasecmp("IMG2", "img10"), strnatcasecmp("Abc", "abc"), strnatcasecmp("a 1", "a  1"));
var_dump(similar_text("World", "Word"), similar_text("Hello", "World"), similar_text("", ""), similar_text("abc", "xyz"));
var_dump(levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("abc", ""), levenshtein("flaw", "lawn"), levenshtein("abc", "abd", 1, 10, 1), levenshtein("abc", "xabc", 5, 1, 1));
--EXPECT--
int(-1)
int(1)
int(0)
int(1)
int(-1)
int(32)
int(-8)
int(0)
int(-11)
int(1)
int(-1)
int(0)
int(-2)
int(-1)
int(0)
int(0)
int(-1)
int(1)
int(1)
int(-1)
int(1)
int(0)
int(-1)
int(-1)
int(-1)
int(0)
int(0)
int(4)
int(1)
int(0)
int(0)
int(3)
int(3)
int(3)
int(2)
int(2)
int(5)
