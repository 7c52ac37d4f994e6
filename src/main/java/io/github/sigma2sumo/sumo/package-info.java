/** Knowledge of the Sumo Logic log-search language shared by the parser and the checks. */
@NullMarked
package io.github.sigma2sumo.sumo;

import org.jspecify.annotations.NullMarked;
