package io.github.sigma2sumo.run.sumo;

/**
 * {@code <expression> as <field>}, a constant, a copy ({@code ip as src_ip}: the old field stays), or
 * a bare call that converts a field in place ({@code | num(x)}, {@code | toLowerCase(user)}; docs
 * search-operators/as.md, manually-cast-data-string-number.md). The docs name the result field of
 * a bare call only for casts; here any bare call whose first argument is a field writes back to
 * that field. It never drops a row.
 */
final class AssignStage implements RowStage {
  private final Eval value;
  private final int target;

  AssignStage(Eval value, int target) {
    this.value = value;
    this.target = target;
  }

  @Override
  public boolean apply(Slots row) {
    row.set(target, value.eval(row));
    return true;
  }

  @Override
  public String dropReason() {
    return "an assignment drops no row";
  }
}
