import type { TraceSchemas } from '../api/types';

export type Trace = TraceSchemas['Trace'];
export type TraceFlow = TraceSchemas['TraceFlow'];
export type TraceNode = TraceSchemas['TraceNode'];

/**
 * A node's key in the graph: the account id, or the label of an unidentified counterparty (unique:
 * it names the counterparty's transaction). The API sends an absent account id as null.
 */
export function nodeKey(node: TraceNode): string {
  return hasAccount(node) ? `a${node.accountId}` : `u:${node.label}`;
}

/** Whether the node is an account of the dataset (not an unidentified counterparty). */
export function hasAccount(node: TraceNode): boolean {
  return node.accountId !== undefined && node.accountId !== null;
}

export interface GraphNode {
  id: string;
  label: string;
  endReason?: string;
  heldAmount?: string;
  seed: boolean;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  amount: string;
  bookedAt: string;
}

/** The trace's accounts and flows as a graph: end points carry why tracing stopped there. */
export function graphOf(trace: Trace): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  const add = (node: TraceNode) => {
    const id = nodeKey(node);
    if (!nodes.has(id)) nodes.set(id, { id, label: node.label, seed: false });
    return nodes.get(id)!;
  };
  const targets = new Set<string>();
  for (const flow of trace.result.flows) targets.add(nodeKey(flow.to));
  const edges = trace.result.flows.map((flow, i) => {
    const source = add(flow.from).id;
    const target = add(flow.to).id;
    return { id: `f${flow.transactionId}-${i}`, source, target, amount: flow.amount, bookedAt: flow.bookedAt };
  });
  for (const end of [...trace.result.endPoints, ...trace.result.unexplained]) {
    const n = add(end.node);
    n.endReason = end.reason;
    n.heldAmount = end.amount;
  }
  // The seed side: forward, accounts money leaves from but never arrives at along a traced flow;
  // backward, the other way round.
  const sources = new Set(trace.result.flows.map((f) => nodeKey(f.from)));
  for (const flow of trace.result.flows) {
    const id = trace.direction === 'FORWARD' ? nodeKey(flow.from) : nodeKey(flow.to);
    const reached = trace.direction === 'FORWARD' ? targets.has(id) : sources.has(id);
    if (!reached) nodes.get(id)!.seed = true;
  }
  return { nodes: [...nodes.values()], edges };
}

/** What reached an account and when: the traced flows into it, in booking order. */
export function arrivalsAt(trace: Trace, key: string): TraceFlow[] {
  return trace.result.flows
    .filter((f) => nodeKey(f.to) === key)
    .sort((a, b) => a.bookedAt.localeCompare(b.bookedAt));
}
