<?php
var_dump($_GET, $_POST, $_COOKIE, $_FILES, $_REQUEST);
