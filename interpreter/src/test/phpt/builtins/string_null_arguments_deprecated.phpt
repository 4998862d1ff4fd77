--TEST--
null for string, array|string and array|int parameters is deprecated (8.1), scalars are coerced
--FILE--
<?php
var_dump(strpos(null, "a"), str_word_count("ab cd", 0, null), substr_count("aaa", "a", 0, null), substr("abc", 1, null));
var_dump(str_replace(null, "x", "abc"));
var_dump(str_replace("a", null, "abc"));
var_dump(str_replace("a", "x", null));
var_dump(substr_replace(null, "x", 0));
var_dump(substr_replace("abc", null, 0));
var_dump(substr_replace("abc", "x", null));
var_dump(strtr("abc", null, "x"));
var_dump(implode(null, ["a", "b"]));
var_dump(trim(null), htmlspecialchars(null), sprintf(null), md5(null) === md5(""));
var_dump(str_ireplace(1, 2.5, 3121), strrev(12.5), ucfirst(true), str_pad(7, 3, 0, STR_PAD_LEFT));
--EXPECTF--

Deprecated: strpos(): Passing null to parameter #1 ($haystack) of type string is deprecated in %s on line 2
bool(false)
int(2)
int(3)
string(2) "bc"

Deprecated: str_replace(): Passing null to parameter #1 ($search) of type array|string is deprecated in %s on line 3
string(3) "abc"

Deprecated: str_replace(): Passing null to parameter #2 ($replace) of type array|string is deprecated in %s on line 4
string(2) "bc"

Deprecated: str_replace(): Passing null to parameter #3 ($subject) of type array|string is deprecated in %s on line 5
string(0) ""

Deprecated: substr_replace(): Passing null to parameter #1 ($string) of type array|string is deprecated in %s on line 6
string(1) "x"

Deprecated: substr_replace(): Passing null to parameter #2 ($replace) of type array|string is deprecated in %s on line 7
string(0) ""

Deprecated: substr_replace(): Passing null to parameter #3 ($offset) of type array|int is deprecated in %s on line 8
string(1) "x"

Deprecated: strtr(): Passing null to parameter #2 ($from) of type array|string is deprecated in %s on line 9
string(3) "abc"

Deprecated: implode(): Passing null to parameter #1 ($separator) of type array|string is deprecated in %s on line 10
string(2) "ab"

Deprecated: trim(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 11

Deprecated: htmlspecialchars(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 11

Deprecated: sprintf(): Passing null to parameter #1 ($format) of type string is deprecated in %s on line 11

Deprecated: md5(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 11
string(0) ""
string(0) ""
string(0) ""
bool(true)
string(8) "32.522.5"
string(4) "5.21"
string(1) "1"
string(3) "007"
