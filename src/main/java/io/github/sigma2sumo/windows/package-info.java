/** Facts about Windows events that several stages share: the fields each Sysmon event carries. */
@NullMarked
package io.github.sigma2sumo.windows;

import org.jspecify.annotations.NullMarked;
