/**
 * The only way the dashboard builds DOM: elements with attributes and children that are nodes or
 * strings, strings always becoming text nodes. Data from the API (article text above all) is
 * untrusted, so nothing here ever parses a string as HTML.
 */

type Child = Node | string | number | null | undefined | false;

/** Attributes; `on*` names are refused so that no handler can be set from a string. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Creates an element with attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

function setAttrs(node: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (/^on/i.test(k)) throw new Error(`refusing event-handler attribute ${k}`);
    if (v === null || v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
}

/** Appends children, strings as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(
      typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c,
    );
  }
}

/** Removes every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Replaces the children of a node. */
export function replace(node: Node, ...children: Child[]): void {
  clear(node);
  append(node, ...children);
}

/** A link only for http(s) URLs: anything else (javascript:, data:) is shown as text. */
export function safeLink(url: string | null, label: string): Node {
  if (url && /^https?:\/\//i.test(url)) {
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer nofollow' }, label);
  }
  return document.createTextNode(label);
}

/** Looks up an element the page's markup must have. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node as T;
}
