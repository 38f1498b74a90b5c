/**
 * Page order of two nodes across shadow trees: a node in a shadow tree stands where its host
 * stands in the tree around it (the order a reader sees). Nodes that left the page have no place.
 */

/** The node, then each shadow host above it, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  // A fragment with a host is a shadow root (asked without the global ShadowRoot, so any realm's nodes answer).
  for (let root = node.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) chain.push(root.host);
  return chain;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && !!(node as Partial<ShadowRoot>).host;
}

/** Whether `a` stands before `b` on the page (false for the same node or one inside the other's shadow tree). */
export function precedesOnPage(a: Node, b: Node): boolean {
  if (a === b || !a.isConnected || !b.isConnected) return false;
  const chainB = hostChain(b);
  for (const x of hostChain(a)) {
    const root = x.getRootNode();
    const y = chainB.find((n) => n.getRootNode() === root);
    if (y) return x !== y && (x.compareDocumentPosition(y) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
  }
  return false;
}
