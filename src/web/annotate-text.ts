import type { Span } from '../core/records.js';
import { el } from './dom.js';

/** A span to show over the text: its CSS class and a tooltip. */
export interface Annotation extends Span {
  cls: string;
  title?: string;
}

function clip(a: Annotation, from: number, to: number): Annotation | null {
  const start = Math.max(a.start, from);
  const end = Math.min(a.end, to);
  return start < end ? { ...a, start, end } : null;
}

/** Renders `text[from, to)` as text nodes, wrapping annotated stretches in spans. */
function renderRange(text: string, from: number, to: number, anns: Annotation[], out: Node): void {
  const inside = anns.map((a) => clip(a, from, to)).filter((a): a is Annotation => a !== null);
  const cuts = new Set<number>([from, to]);
  for (const a of inside) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    const chunk = text.slice(s, e);
    const active = inside.filter((a) => a.start <= s && a.end >= e);
    if (active.length === 0) {
      out.appendChild(document.createTextNode(chunk));
      continue;
    }
    const titles = active.map((a) => a.title).filter(Boolean);
    out.appendChild(
      el(
        'span',
        { class: [...new Set(active.map((a) => a.cls))].join(' '), title: titles.join(' · ') || null },
        chunk,
      ),
    );
  }
}

/**
 * The article text as DOM: the evidence span as one `<mark>` and the other annotations as spans,
 * every character as a text node so that markup in the article stays text.
 */
export function annotatedText(text: string, evidence: Span | null, anns: Annotation[]): DocumentFragment {
  const out = document.createDocumentFragment();
  const valid = anns.filter((a) => a.start >= 0 && a.end <= text.length && a.start < a.end);
  if (!evidence || evidence.start < 0 || evidence.end > text.length || evidence.start >= evidence.end) {
    renderRange(text, 0, text.length, valid, out);
    return out;
  }
  renderRange(text, 0, evidence.start, valid, out);
  const mark = el('mark', { class: 'evidence', id: 'evidence' });
  renderRange(text, evidence.start, evidence.end, valid, mark);
  out.appendChild(mark);
  renderRange(text, evidence.end, text.length, valid, out);
  return out;
}
