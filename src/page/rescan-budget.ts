/**
 * How often one subtree may be rescanned: a page that undoes our highlights as soon as they
 * appear (a sanitizer, a framework re-rendering its component) would otherwise fight us forever —
 * it re-renders, we re-wrap, it re-renders. After `max` rescans within `windowMs` the subtree is
 * left alone until the window has passed.
 */
export class RescanBudget {
  private readonly times = new WeakMap<Node, number[]>();

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly max = 3,
    private readonly windowMs = 10_000,
  ) {}

  /** Whether `root` may be rescanned now; counts the rescan when it may. */
  allow(root: Node): boolean {
    const now = this.now();
    const recent = (this.times.get(root) ?? []).filter((time) => now - time < this.windowMs);
    const allowed = recent.length < this.max;
    if (allowed) recent.push(now);
    this.times.set(root, recent);
    return allowed;
  }
}
