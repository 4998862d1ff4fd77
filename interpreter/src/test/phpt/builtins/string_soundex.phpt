--TEST--
soundex
--FILE--
<?php
var_dump(soundex("Robert"), soundex("Rupert"), soundex("Tymczak"), soundex(""), soundex("Pfister"), soundex("123"), soundex("Ashcraft"), soundex("Lloyd"), soundex("o'Hara"));
--EXPECT--
string(4) "R163"
string(4) "R163"
string(4) "T522"
string(4) "0000"
string(4) "P236"
string(4) "0000"
string(4) "A226"
string(4) "L300"
string(4) "O600"
