<?php
array_fill(0, -1, 'x');
