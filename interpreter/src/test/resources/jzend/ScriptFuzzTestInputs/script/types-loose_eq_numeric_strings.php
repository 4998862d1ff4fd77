<?php
var_dump("1e3" == "1000");
var_dump("+1" == "1");
var_dump("0.0" == "0");
var_dump("abc" == "ABC");
var_dump("1" == "1.0");
var_dump(" 1" == "1");
var_dump("1 " == "1");
var_dump("9223372036854775807" == "9223372036854775808");
