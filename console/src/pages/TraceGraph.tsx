import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import type { GraphEdge, GraphNode } from './traceModel';

/** The trace as an interactive graph (zoom, pan, tap an account to select it). */
export function TraceGraph({
  nodes,
  edges,
  selected,
  onSelect,
}: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  selected?: string;
  onSelect: (id: string | undefined) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      elements: [
        ...nodes.map((n) => ({
          data: { id: n.id, label: n.heldAmount ? `${n.label}\n${n.heldAmount}` : n.label },
          classes: [n.seed ? 'seed' : '', n.endReason ? `end end-${n.endReason.toLowerCase()}` : ''].join(' ').trim(),
        })),
        ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.amount } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'text-wrap': 'wrap',
            // side by side, end points' labels would run into each other
            'text-max-width': '110px',
            'font-size': 10,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'background-color': '#0b4f9c',
            width: 18,
            height: 18,
          },
        },
        { selector: 'node.seed', style: { 'background-color': '#135c2a', shape: 'diamond', width: 24, height: 24 } },
        { selector: 'node.end', style: { 'background-color': '#a4001d', shape: 'round-rectangle' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ff9f1c' } },
        {
          selector: 'edge',
          style: {
            label: 'data(label)',
            'font-size': 9,
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            width: 1.5,
            'line-color': '#4a5562',
            'target-arrow-color': '#4a5562',
            'text-background-color': '#ffffff',
            'text-background-opacity': 1,
          },
        },
      ],
      layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.2 },
      wheelSensitivity: 0.3,
    });
    instance.on('tap', 'node', (e) => select.current(e.target.id()));
    instance.on('tap', (e) => {
      if (e.target === instance) select.current(undefined);
    });
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [nodes, edges]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.nodes().unselect();
    if (selected) instance.getElementById(selected).select();
  }, [selected]);

  return (
    <div>
      <div className="actions">
        <button type="button" onClick={() => cy.current?.fit(undefined, 20)}>
          {t('trace.graph.fit')}
        </button>
        <button type="button" onClick={() => cy.current?.zoom(cy.current.zoom() * 1.25)}>
          {t('trace.graph.zoomIn')}
        </button>
        <button type="button" onClick={() => cy.current?.zoom(cy.current.zoom() / 1.25)}>
          {t('trace.graph.zoomOut')}
        </button>
      </div>
      <div ref={container} className="graph" role="img" aria-label={t('trace.graph.label', { accounts: nodes.length, flows: edges.length })} />
    </div>
  );
}
