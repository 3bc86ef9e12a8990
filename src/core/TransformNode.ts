/**
 * TransformNode: the invalidation tree under every transform and bounding box (matplotlib's
 * `transforms.TransformNode`). A node that changes calls `invalidate()`; every node computed from it
 * is marked invalid in turn, and recomputes its cached value the next time it is asked. Nothing is
 * recomputed on a draw unless something it depends on changed.
 */
export abstract class TransformNode {
  /** Nodes whose value depends on this one. Held strongly: transform trees live as long as their axes. */
  private readonly dependents = new Set<TransformNode>();
  /** Bumped on every invalidation; caches compare against it. */
  protected version = 0;
  /** Whether the cached value (if any) is out of date. */
  protected invalid = true;

  /** Declares that `children` feed this node: when one changes, this node becomes invalid. */
  protected dependOn(...children: TransformNode[]): void {
    for (const child of children) child.dependents.add(this);
  }

  /** Stops depending on `child` (when a wrapper swaps its child). */
  protected forget(child: TransformNode): void {
    child.dependents.delete(this);
  }

  /** Marks this node and everything computed from it out of date. */
  invalidate(): void {
    this.version++;
    this.invalid = true;
    for (const d of this.dependents) if (!d.invalid || d.dependents.size) d.invalidate();
  }
}
